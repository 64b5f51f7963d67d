package org.cellscope.app.diagram.layout;

import static org.cellscope.app.diagram.layout.Metrics.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.HiddenFrames;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;

/**
 * Frames in a column on the left, objects in columns to the right by distance from the frames.
 * A cell goes one column right of the closures holding it, level with them. Each column is
 * ordered by what points at its objects (see {@link ColumnOrder}). An object already placed in
 * the previous layout keeps its column and y (only the objects before it push it down), except
 * a cell that a closure has just captured, which moves next to it.
 */
final class LayoutEngine {
    private final DiagramModel model;
    private final Layout previous;
    private final NodeSizer sizer;
    private final Map<String, NodeGeometry> placed = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final GraphIndex index;
    private final EdgeRouter router;
    private final ColumnOrder order;

    LayoutEngine(DiagramModel model, TextMeasure measure, Layout previous) {
        this.model = model;
        this.previous = previous;
        this.sizer = new NodeSizer(measure);
        this.index = new GraphIndex(model);
        this.router = new EdgeRouter(placed, index);
        this.order = new ColumnOrder(placed, columns, index, router);
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
        ColumnRanker.Ranks ranks = ColumnRanker.ranks(model, index);
        for (ObjectNode o : model.objects()) {
            Integer kept = previous == null ? null : previous.columns().get(o.key());
            int ideal = ranks.column().getOrDefault(o.key(), 0);
            columns.put(o.key(), kept != null && !joins(o, ranks, ideal > kept) ? kept : ideal);
        }
    }

    /**
     * The moves allowed to a known object, to the right only: a cell just captured by a closure
     * goes to the closure's right, an object just put in a container goes beside its other items.
     */
    private boolean joins(ObjectNode o, ColumnRanker.Ranks ranks, boolean rightward) {
        boolean captured = o instanceof CellNode && index.isHeldCell(o.id());
        return rightward && (captured || ranks.gathered().contains(o.key()));
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

    /**
     * Stacks the column in the order {@link ColumnOrder} gives, so that no object is put above
     * one that comes before it. A known object stays at its previous y unless the one before
     * needs the room; a new one sits level with its lead, or below when that is taken.
     */
    private void placeColumn(int column, double x, Map<String, NodeGeometry> sized) {
        List<ObjectNode> members = new ArrayList<>();
        for (ObjectNode o : model.objects()) if (columns.get(o.key()) == column) members.add(o);
        double bottom = MARGIN + CAPTION_HEIGHT - OBJECT_GAP;
        for (ColumnOrder.Place p : order.of(members, sized, previous)) {
            String key = p.node().key();
            boolean kept = previous != null && Integer.valueOf(column).equals(previous.columns().get(key));
            double y = Math.max(kept ? previous.bounds(key).y() : p.wantedY(), bottom + OBJECT_GAP);
            NodeGeometry at = sized.get(key).at(x, y);
            placed.put(key, at);
            bottom = at.bounds().maxY();
        }
    }
}
