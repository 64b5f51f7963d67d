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
import org.cellscope.app.diagram.FrameBox;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.app.diagram.layout.Anchor.Direction;

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
    /** Arrows by the id of the object they point at. */
    private final Map<Long, List<Edge>> incoming = new HashMap<>();
    /** Closures by the id of each cell in their {@code __closure__}. */
    private final Map<Long, List<FunctionNode>> holders = new HashMap<>();
    private final Map<String, ObjectNode> objectsByKey = new HashMap<>();

    LayoutEngine(DiagramModel model, TextMeasure measure, Layout previous) {
        this.model = model;
        this.previous = previous;
        this.sizer = new NodeSizer(measure);
        for (ObjectNode o : model.objects()) objectsByKey.put(o.key(), o);
        for (Edge e : model.edges()) incoming.computeIfAbsent(e.targetId(), k -> new ArrayList<>()).add(e);
        for (FunctionNode f : model.functions()) {
            for (long cell : f.closure()) holders.computeIfAbsent(cell, k -> new ArrayList<>()).add(f);
        }
    }

    Layout run() {
        double frameWidth = placeFrames();
        Map<String, NodeGeometry> sized = new HashMap<>();
        for (ObjectNode o : model.objects()) sized.put(o.key(), sizer.object(o));
        assignColumns();
        int columnCount = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<Double> widths = columnWidths(sized, columnCount);
        double objectsX = MARGIN + frameWidth + COLUMN_GAP;
        double x = objectsX;
        for (int c = 0; c < columnCount; c++) {
            placeColumn(c, x, sized);
            x += widths.get(c) + COLUMN_GAP;
        }
        List<EdgeRoute> routes = model.edges().stream().map(this::route).toList();
        double width = MARGIN, height = MARGIN;
        for (NodeGeometry g : placed.values()) {
            width = Math.max(width, g.bounds().maxX() + MARGIN);
            height = Math.max(height, g.bounds().maxY() + MARGIN);
        }
        return new Layout(Map.copyOf(placed), routes, Map.copyOf(columns), List.copyOf(widths), frameWidth,
                objectsX, width, height);
    }

    private double placeFrames() {
        List<NodeGeometry> natural = sizer.frames(model.frames(), 0);
        double minWidth = natural.isEmpty() ? 0 : steady(natural.get(0).bounds().w(), previous == null ? 0 : previous.frameWidth());
        List<NodeGeometry> frames = sizer.frames(model.frames(), minWidth);
        double y = MARGIN + CAPTION_HEIGHT;
        double width = minWidth;
        for (NodeGeometry g : frames) {
            placed.put(g.key(), g.at(MARGIN, y));
            y += g.bounds().h() + FRAME_GAP;
            width = Math.max(width, g.bounds().w());
        }
        return Math.max(width, MIN_FRAME_WIDTH);
    }

    /** Keeps the previous column of known objects; ranks new ones by distance from the frames. */
    private void assignColumns() {
        Map<String, Integer> rank = ranks();
        for (ObjectNode o : model.objects()) {
            Integer kept = previous == null ? null : previous.columns().get(o.key());
            int ideal = rank.getOrDefault(o.key(), 0);
            // the one move allowed: a cell just captured by a closure goes to the closure's right
            boolean captured = kept != null && o instanceof CellNode && isHeldCell(o.id()) && ideal > kept;
            columns.put(o.key(), kept != null && !captured ? kept : ideal);
        }
    }

    /**
     * Breadth-first distance from the frames. A cell that closures hold ranks one past the
     * furthest of them instead, so that it sits to their right and not beside the frame variable.
     */
    private Map<String, Integer> ranks() {
        Map<String, Integer> rank = new HashMap<>();
        for (Edge e : model.edges()) {
            if (e.fromKey().startsWith("frame:") && !isHeldCell(e.targetId())) rank.put(e.targetKey(), 0);
        }
        // bounded, since a cycle through a cell could otherwise keep raising ranks
        for (int pass = 0; pass <= model.objects().size(); pass++) {
            boolean changed = false;
            for (ObjectNode o : model.objects()) {
                Integer r = candidateRank(o, rank);
                if (r != null && !r.equals(rank.get(o.key()))) {
                    rank.put(o.key(), r);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return rank;
    }

    private Integer candidateRank(ObjectNode o, Map<String, Integer> rank) {
        if (o instanceof CellNode && isHeldCell(o.id())) {
            Integer best = null;
            for (FunctionNode f : holders.get(o.id())) {
                Integer r = rank.get(f.key());
                if (r != null && (best == null || r + 1 > best)) best = r + 1;
            }
            return best;
        }
        Integer best = rank.get(o.key());
        for (Edge e : incoming.getOrDefault(o.id(), List.of())) {
            Integer r = rank.get(e.fromKey());
            if (r != null && (best == null || r + 1 < best)) best = r + 1;
        }
        return best;
    }

    private boolean isHeldCell(long id) {
        return holders.containsKey(id);
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
        for (Edge e : incoming.getOrDefault(o.id(), List.of())) {
            if (o instanceof CellNode && isHeldCell(o.id()) && e.kind() != Edge.Kind.CLOSURE) continue;
            if (!placed.containsKey(e.fromKey())) continue;
            sources.add(placed.get(e.fromKey()).bounds().y() + fromAnchor(e).dy());
        }
        if (sources.isEmpty()) return top;
        if (o instanceof CellNode) {
            double middle = sources.stream().mapToDouble(Double::doubleValue).average().orElse(top);
            return Math.max(top, middle - targetDy(g) + (sources.size() == 1 && isHeldCell(o.id()) ? CELL_DROP : 0));
        }
        double y = sources.stream().mapToDouble(Double::doubleValue).min().orElse(top) - targetDy(g);
        return Math.max(top, y);
    }

    private EdgeRoute route(Edge e) {
        Anchor from = fromAnchor(e);
        NodeGeometry target = placed.get(e.targetKey());
        Rect source = placed.get(e.fromKey()).bounds();
        if (e.fromKey().startsWith("frame:") && isHeldCell(e.targetId())) {
            // closures arrive from the left; a frame's arrow comes up from below to stay apart
            return new EdgeRoute(e, from, new Anchor(e.targetKey(), target.bounds().w() / 2, CELL_TAG + CELL_PILL, Direction.SOUTH));
        }
        double fromX = source.x() + from.dx();
        boolean rightward = target.bounds().x() >= fromX + 24;
        Anchor to = rightward
                ? new Anchor(e.targetKey(), 0, targetDy(target), Direction.WEST)
                : new Anchor(e.targetKey(), target.bounds().w(), targetDy(target), Direction.EAST);
        return new EdgeRoute(e, from, to);
    }

    /** Arrows meet a cell at its middle and other objects at their title line. */
    private double targetDy(NodeGeometry g) {
        if (objectsByKey.get(g.key()) instanceof CellNode) return CELL_TAG + CELL_PILL / 2;
        return Math.min(g.bounds().h() / 2, TYPE_LINE + 14);
    }

    private Anchor fromAnchor(Edge e) {
        NodeGeometry g = placed.get(e.fromKey());
        if (e.kind() == Edge.Kind.CLOSURE) {
            Rect p = g.port();
            return new Anchor(e.fromKey(), p.maxX() - 12, p.centerY(), Direction.EAST);
        }
        Rect box = g.valueBoxes().get(e.fromIndex());
        return new Anchor(e.fromKey(), box.centerX(), box.centerY(), Direction.EAST);
    }
}
