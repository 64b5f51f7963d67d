package org.cellscope.app.diagram.layout;

import static org.cellscope.app.diagram.layout.Metrics.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Edge;
import org.cellscope.app.diagram.HiddenFrames;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;

/**
 * Frames in a column on the left, objects in columns to the right by distance from the frames.
 * A cell goes one column right of the closures holding it, level with them. An object already
 * placed in the previous layout keeps its column and y (only overlaps push it down), except a
 * cell that a closure has just captured, which moves next to it.
 */
final class LayoutEngine {
    private final DiagramModel model;
    private final Layout previous;
    private final NodeSizer sizer;
    private final Map<String, NodeGeometry> placed = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final GraphIndex index;
    private final EdgeRouter router;

    LayoutEngine(DiagramModel model, TextMeasure measure, Layout previous) {
        this.model = model;
        this.previous = previous;
        this.sizer = new NodeSizer(measure);
        this.index = new GraphIndex(model);
        this.router = new EdgeRouter(placed, index);
    }

    Layout run() {
        double frameWidth = placeFrames();
        Map<String, NodeGeometry> sized = new HashMap<>();
        for (ObjectNode o : model.objects()) sized.put(o.key(), sizer.object(o));
        assignColumns();
        int columnCount = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<Double> widths = columnWidths(sized, columnCount);
        double objectsX = objectsX(frameWidth);
        double x = objectsX;
        for (int c = 0; c < columnCount; c++) {
            placeColumn(c, x, sized);
            x += widths.get(c) + COLUMN_GAP;
        }
        List<EdgeRoute> routes = model.edges().stream().map(router::route).toList();
        double width = MARGIN, height = MARGIN;
        for (NodeGeometry g : placed.values()) {
            width = Math.max(width, g.bounds().maxX() + MARGIN);
            height = Math.max(height, g.bounds().maxY() + MARGIN);
        }
        for (EdgeRoute r : routes) if (!Double.isNaN(r.underY())) height = Math.max(height, r.underY() + MARGIN);
        return new Layout(Map.copyOf(placed), routes, Map.copyOf(columns), List.copyOf(widths), frameWidth,
                objectsX, width, height);
    }

    /** The frames top to bottom, each hidden-frames marker before the frame it precedes. */
    private double placeFrames() {
        List<HiddenFrames> hidden = model.hiddenFrames();
        List<NodeGeometry> natural = sizer.frames(model.frames(), hidden, 0);
        double minWidth = natural.isEmpty() ? 0 : steady(natural.get(0).bounds().w(), previous == null ? 0 : previous.frameWidth());
        List<NodeGeometry> frames = sizer.frames(model.frames(), hidden, minWidth);
        double width = frames.isEmpty() ? minWidth : frames.get(0).bounds().w();
        double y = MARGIN + CAPTION_HEIGHT;
        for (int i = 0; i < frames.size(); i++) {
            for (HiddenFrames h : hidden) if (h.before() == i) y = stack(sizer.hiddenFrames(h, width), y);
            y = stack(frames.get(i), y);
        }
        return Math.max(width, MIN_FRAME_WIDTH);
    }

    /** Puts g in the frame column at y; returns the y of the next one. */
    private double stack(NodeGeometry g, double y) {
        placed.put(g.key(), g.at(MARGIN, y));
        return y + g.bounds().h() + FRAME_GAP;
    }

    /**
     * Objects stay where they were while the frames still leave a fair gap before them, so that a
     * frame growing a little (a longer name, a "returned" badge) does not shift every object.
     */
    private double objectsX(double frameWidth) {
        double natural = MARGIN + frameWidth + COLUMN_GAP;
        if (previous == null) return natural;
        double kept = previous.objectsX();
        boolean roomy = kept - (MARGIN + frameWidth) >= MIN_FRAME_GAP_TO_OBJECTS;
        return roomy && kept - natural <= SHRINK_SLACK ? kept : natural;
    }

    /** Keeps the previous column of known objects; ranks new ones by distance from the frames. */
    private void assignColumns() {
        Map<String, Integer> rank = ColumnRanker.ranks(model, index);
        for (ObjectNode o : model.objects()) {
            Integer kept = previous == null ? null : previous.columns().get(o.key());
            int ideal = rank.getOrDefault(o.key(), 0);
            // the one move allowed: a cell just captured by a closure goes to the closure's right
            boolean captured = kept != null && o instanceof CellNode && index.isHeldCell(o.id()) && ideal > kept;
            columns.put(o.key(), kept != null && !captured ? kept : ideal);
        }
    }

    private List<Double> columnWidths(Map<String, NodeGeometry> sized, int count) {
        List<Double> widths = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            double needed = 0;
            for (var entry : columns.entrySet()) {
                if (entry.getValue() == c) needed = Math.max(needed, sized.get(entry.getKey()).bounds().w());
            }
            widths.add(steady(needed, previous != null && c < previous.columnWidths().size() ? previous.columnWidths().get(c) : 0));
        }
        return widths;
    }

    /**
     * A column keeps its previous width unless it needs more, or much less: small changes would
     * make everything to its right jitter from step to step; a big gap is worth closing.
     */
    private static double steady(double needed, double before) {
        return before - needed > SHRINK_SLACK ? needed : Math.max(needed, before);
    }

    private void placeColumn(int column, double x, Map<String, NodeGeometry> sized) {
        List<Rect> taken = new ArrayList<>();
        List<ObjectNode> kept = new ArrayList<>();
        List<ObjectNode> fresh = new ArrayList<>();
        for (ObjectNode o : model.objects()) {
            if (columns.get(o.key()) != column) continue;
            if (previous != null && Integer.valueOf(column).equals(previous.columns().get(o.key()))) kept.add(o); else fresh.add(o);
        }
        kept.sort(Comparator.comparingDouble(o -> previous.bounds(o.key()).y()));
        double bottom = MARGIN + CAPTION_HEIGHT - OBJECT_GAP;
        for (ObjectNode o : kept) {
            double y = Math.max(previous.bounds(o.key()).y(), bottom + OBJECT_GAP);
            bottom = put(sized.get(o.key()), x, y, taken);
        }
        Map<ObjectNode, Double> wanted = new HashMap<>();
        for (ObjectNode o : fresh) wanted.put(o, preferredY(o, sized.get(o.key())));
        List<ObjectNode> order = new ArrayList<>(fresh);
        order.sort(Comparator.comparingDouble(wanted::get));
        for (ObjectNode o : order) {
            NodeGeometry g = sized.get(o.key());
            put(g, x, freeY(wanted.get(o), g.bounds().h(), taken), taken);
        }
    }

    private double put(NodeGeometry g, double x, double y, List<Rect> taken) {
        NodeGeometry at = g.at(x, y);
        placed.put(g.key(), at);
        taken.add(at.bounds());
        return at.bounds().maxY();
    }

    /** The first y at or below wanted where a node of this height fits between taken ones. */
    private static double freeY(double wanted, double height, List<Rect> taken) {
        List<Double> candidates = new ArrayList<>();
        candidates.add(wanted);
        for (Rect r : taken) if (r.maxY() + OBJECT_GAP > wanted) candidates.add(r.maxY() + OBJECT_GAP);
        candidates.sort(Double::compare);
        for (double y : candidates) {
            boolean fits = true;
            for (Rect r : taken) {
                if (y < r.maxY() + OBJECT_GAP && r.y() < y + height + OBJECT_GAP) { fits = false; break; }
            }
            if (fits) return y;
        }
        return wanted;
    }

    /**
     * Level with whatever points at the node: the arrow's source for most objects; for a cell,
     * the middle of its closures' ports, or below its only closure's port.
     */
    private double preferredY(ObjectNode o, NodeGeometry g) {
        double top = MARGIN + CAPTION_HEIGHT;
        List<Double> sources = new ArrayList<>();
        for (Edge e : index.incoming(o.id())) {
            if (o instanceof CellNode && index.isHeldCell(o.id()) && e.kind() != Edge.Kind.CLOSURE) continue;
            if (!placed.containsKey(e.fromKey())) continue;
            sources.add(placed.get(e.fromKey()).bounds().y() + router.from(e).dy());
        }
        if (sources.isEmpty()) return top;
        if (o instanceof CellNode) {
            double middle = sources.stream().mapToDouble(Double::doubleValue).average().orElse(top);
            return Math.max(top, middle - router.targetDy(g) + (sources.size() == 1 && index.isHeldCell(o.id()) ? CELL_DROP : 0));
        }
        double y = sources.stream().mapToDouble(Double::doubleValue).min().orElse(top) - router.targetDy(g);
        return Math.max(top, y);
    }
}
