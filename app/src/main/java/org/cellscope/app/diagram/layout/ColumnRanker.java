package org.cellscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Edge;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.ContainerNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;

/**
 * The column each object would take in a fresh layout: its breadth-first distance from the
 * frames. A cell that closures hold ranks one past the furthest of them instead, so that it sits
 * to their right and not beside the frame variable that also points at it. The items of a
 * container all go one column right of it, even one a variable also points at, so that they
 * stand together in slot order.
 */
final class ColumnRanker {
    /** The column of each object, and the items moved right to stand with their container's others. */
    record Ranks(Map<String, Integer> column, Set<String> gathered) {}

    private ColumnRanker() {}

    static Ranks ranks(DiagramModel model, GraphIndex index) {
        Map<String, Integer> rank = new HashMap<>();
        for (Edge e : model.edges()) {
            if (e.fromKey().startsWith("frame:") && !index.isHeldCell(e.targetId())) rank.put(e.targetKey(), 0);
        }
        // bounded, since a cycle through a cell could otherwise keep raising ranks
        for (int pass = 0; pass <= model.objects().size(); pass++) {
            boolean changed = false;
            for (ObjectNode o : model.objects()) {
                Integer r = candidate(o, rank, index);
                if (r != null && !r.equals(rank.get(o.key()))) {
                    rank.put(o.key(), r);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        Set<String> gathered = alignItems(model, rank, index);
        if (!gathered.isEmpty()) {
            // the closures raised take their cells along
            for (CellNode c : model.cells()) {
                Integer r = candidate(c, rank, index);
                if (r != null) rank.put(c.key(), r);
            }
        }
        return new Ranks(rank, gathered);
    }

    /**
     * Moves the items of each container that sit left of its next column into it, repeated so that
     * a moved container takes its own items along; a container that has gathered its items is not
     * moved by another one, so a cycle moves once. Returns the items moved.
     */
    private static Set<String> alignItems(DiagramModel model, Map<String, Integer> rank, GraphIndex index) {
        List<ContainerNode> containers = new ArrayList<>();
        for (ObjectNode o : model.objects()) if (o instanceof ContainerNode c && rank.containsKey(c.key())) containers.add(c);
        containers.sort(Comparator.comparingInt(c -> rank.get(c.key())));
        Set<String> gathering = new HashSet<>();
        Set<String> moved = new HashSet<>();
        for (int pass = 0; pass <= containers.size(); pass++) {
            boolean changed = false;
            for (ContainerNode c : containers) {
                int items = rank.get(c.key()) + 1;
                for (Edge e : model.edgesFrom(c.key())) {
                    String item = e.targetKey();
                    Integer r = rank.get(item);
                    if (item.equals(c.key()) || gathering.contains(item) || index.isHeldCell(e.targetId()) || r == null || r >= items) continue;
                    rank.put(item, items);
                    gathering.add(c.key());
                    moved.add(item);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return moved;
    }

    private static Integer candidate(ObjectNode o, Map<String, Integer> rank, GraphIndex index) {
        if (o instanceof CellNode && index.isHeldCell(o.id())) {
            Integer best = null;
            for (FunctionNode f : index.holders(o.id())) {
                Integer r = rank.get(f.key());
                if (r != null && (best == null || r + 1 > best)) best = r + 1;
            }
            return best;
        }
        Integer best = rank.get(o.key());
        for (Edge e : index.incoming(o.id())) {
            Integer r = rank.get(e.fromKey());
            if (r != null && (best == null || r + 1 < best)) best = r + 1;
        }
        return best;
    }
}
