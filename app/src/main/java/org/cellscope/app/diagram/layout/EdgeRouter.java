package org.cellscope.app.diagram.layout;

import static org.cellscope.app.diagram.layout.Metrics.*;

import java.util.Map;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Edge;
import org.cellscope.app.diagram.layout.Anchor.Direction;

/** Where arrows start and end on placed nodes, and which objects they must pass under. */
final class EdgeRouter {
    private final Map<String, NodeGeometry> placed;
    private final GraphIndex index;

    EdgeRouter(Map<String, NodeGeometry> placed, GraphIndex index) {
        this.placed = placed;
        this.index = index;
    }

    EdgeRoute route(Edge e) {
        Anchor from = from(e);
        NodeGeometry target = placed.get(e.targetKey());
        double x1 = placed.get(e.fromKey()).bounds().x() + from.dx();
        if (e.fromKey().startsWith("frame:") && index.isHeldCell(e.targetId()) && !blockedBelow(target)) {
            // closures arrive from the left; a frame's arrow comes up from below to stay apart
            Anchor to = new Anchor(e.targetKey(), target.bounds().w() / 2, CELL_TAG + CELL_PILL, Direction.SOUTH);
            double under = lowestBetween(x1, target.bounds().x() + to.dx(), e.fromKey(), e.targetKey());
            return new EdgeRoute(e, from, to, Double.isNaN(under) ? under : under + ROUTE_CLEARANCE);
        }
        boolean rightward = target.bounds().x() >= x1 + 24;
        Anchor to = rightward
                ? new Anchor(e.targetKey(), 0, targetDy(target), Direction.WEST)
                : new Anchor(e.targetKey(), target.bounds().w(), targetDy(target), Direction.EAST);
        return new EdgeRoute(e, from, to, Double.NaN);
    }

    /** Arrows start at the dot of their slot, or at the closure port's dot. */
    Anchor from(Edge e) {
        NodeGeometry g = placed.get(e.fromKey());
        if (e.kind() == Edge.Kind.CLOSURE) {
            Rect p = g.port();
            return new Anchor(e.fromKey(), p.maxX() - 12, p.centerY(), Direction.EAST);
        }
        Rect box = g.valueBoxes().get(e.fromIndex());
        return new Anchor(e.fromKey(), box.centerX(), box.centerY(), Direction.EAST);
    }

    /** Arrows meet a cell at its middle and other objects at their title line. */
    double targetDy(NodeGeometry g) {
        if (index.isCell(g.key())) return CELL_TAG + CELL_PILL / 2;
        return Math.min(g.bounds().h() / 2, TYPE_LINE + 14);
    }

    /** True when another object sits under the node's middle, so an arrow from below would cross it. */
    private boolean blockedBelow(NodeGeometry target) {
        Rect t = target.bounds();
        for (NodeGeometry g : placed.values()) {
            Rect b = g.bounds();
            if (g != target && b.y() >= t.maxY() && b.x() < t.centerX() && b.maxX() > t.centerX()) return true;
        }
        return false;
    }

    /** The lowest bottom of the objects between x1 and x2, or NaN when none is in the way. */
    private double lowestBetween(double x1, double x2, String fromKey, String toKey) {
        double lowest = Double.NaN;
        for (NodeGeometry g : placed.values()) {
            Rect b = g.bounds();
            if (g.key().equals(fromKey) || g.key().equals(toKey) || !DiagramModel.isObjectKey(g.key())) continue;
            if (b.x() < x2 && b.maxX() > x1 && !(b.maxY() <= lowest)) lowest = b.maxY();
        }
        return lowest;
    }
}
