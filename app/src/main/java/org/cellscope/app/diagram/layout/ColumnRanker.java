package org.cellscope.app.diagram.layout;

import java.util.HashMap;
import java.util.Map;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Edge;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;

/**
 * The column each object would take in a fresh layout: its breadth-first distance from the
 * frames. A cell that closures hold ranks one past the furthest of them instead, so that it sits
 * to their right and not beside the frame variable that also points at it.
 */
final class ColumnRanker {
    private ColumnRanker() {}

    static Map<String, Integer> ranks(DiagramModel model, GraphIndex index) {
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
        return rank;
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
