package org.cellscope.app.diagram.layout;

import static org.cellscope.app.diagram.layout.Metrics.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cellscope.app.diagram.Edge;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;

/**
 * The top-to-bottom order of one column's objects, and the y each would like, from what is
 * already placed to its left. An object follows the arrow it is drawn level with, its lead: of
 * the arrows reaching it, one from the nearest column to its left (the container whose items it
 * stands among rather than a variable further left), the highest of those. Ordering by the
 * leads' y keeps arrows from one container or frame apart, in slot order, and those from
 * different ones from crossing. A cell held by closures follows the middle of their ports.
 */
final class ColumnOrder {
    /** An object of the column, and the y where it would sit level with its lead. */
    record Place(ObjectNode node, double wantedY) {}

    private final Map<String, NodeGeometry> placed;
    private final Map<String, Integer> columns;
    private final GraphIndex index;
    private final EdgeRouter router;

    ColumnOrder(Map<String, NodeGeometry> placed, Map<String, Integer> columns, GraphIndex index, EdgeRouter router) {
        this.placed = placed;
        this.columns = columns;
        this.index = index;
        this.router = router;
    }

    /**
     * The column's objects (given in model order) sorted by the y of their leads; previous (may be
     * null) is the layout shown before. Those with neither a lead nor a previous place go last, in
     * model order, since nothing tells where they belong.
     */
    List<Place> of(List<ObjectNode> column, Map<String, NodeGeometry> sized, Layout previous) {
        List<Place> places = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        List<Double> ties = new ArrayList<>();
        for (ObjectNode o : column) {
            NodeGeometry g = sized.get(o.key());
            double lead = leadY(o);
            // a known object nothing placed points at keeps its rank by where it was
            if (Double.isNaN(lead) && previous != null && previous.node(o.key()) != null) {
                lead = previous.bounds(o.key()).y() + router.targetDy(g);
            }
            keys.add(lead);
            ties.add(variableY(o));
            places.add(new Place(o, Double.isNaN(lead) ? top() : wantedY(o, lead, g)));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) order.add(i);
        // NaN sorts after every number in Double.compare; the sort is stable, so model order breaks ties
        order.sort(Comparator.comparing(keys::get, Double::compare).thenComparing(ties::get, Double::compare));
        return order.stream().map(places::get).toList();
    }

    private static double top() { return MARGIN + CAPTION_HEIGHT; }

    /** Level with the lead; a cell's middle at its closures' middle, or below its only closure's port. */
    private double wantedY(ObjectNode o, double lead, NodeGeometry g) {
        double drop = o instanceof CellNode && index.isHeldCell(o.id()) && index.holders(o.id()).size() == 1 ? CELL_DROP : 0;
        return Math.max(top(), lead - router.targetDy(g) + drop);
    }

    /** The y of the arrow the object lines up with, or NaN when no placed arrow reaches it. */
    private double leadY(ObjectNode o) {
        boolean heldCell = o instanceof CellNode && index.isHeldCell(o.id());
        List<Double> closures = new ArrayList<>();
        double best = Double.NaN;
        int bestColumn = Integer.MIN_VALUE;
        for (Edge e : index.incoming(o.id())) {
            if (!placed.containsKey(e.fromKey())) continue;
            double y = sourceY(e);
            if (heldCell) {
                if (e.kind() == Edge.Kind.CLOSURE) closures.add(y);
                continue;
            }
            int column = columns.getOrDefault(e.fromKey(), -1);
            if (column > bestColumn || (column == bestColumn && y < best)) {
                best = y;
                bestColumn = column;
            }
        }
        return heldCell ? closures.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN) : best;
    }

    /**
     * For cells of one closure, which share its ports' middle: the highest variable pointing at
     * the cell, so that a frame's arrows to its cells (a returned frame's too) keep slot order.
     */
    private double variableY(ObjectNode o) {
        if (!(o instanceof CellNode)) return Double.NaN;
        double best = Double.NaN;
        for (Edge e : index.incoming(o.id())) {
            if (e.kind() == Edge.Kind.CLOSURE || !placed.containsKey(e.fromKey())) continue;
            double y = sourceY(e);
            if (Double.isNaN(best) || y < best) best = y;
        }
        return best;
    }

    private double sourceY(Edge e) {
        return placed.get(e.fromKey()).bounds().y() + router.from(e).dy();
    }
}
