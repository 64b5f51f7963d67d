package org.cellscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Edge;
import org.cellscope.app.diagram.ObjectNode;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;

/** Lookups the layout needs again and again, built once per model so that layout stays linear. */
final class GraphIndex {
    private final Map<Long, List<Edge>> incoming = new HashMap<>();
    private final Map<Long, List<FunctionNode>> holders = new HashMap<>();
    private final Map<String, ObjectNode> objects = new HashMap<>();

    GraphIndex(DiagramModel model) {
        for (ObjectNode o : model.objects()) objects.put(o.key(), o);
        for (Edge e : model.edges()) incoming.computeIfAbsent(e.targetId(), k -> new ArrayList<>()).add(e);
        for (FunctionNode f : model.functions()) {
            for (long cell : f.closure()) holders.computeIfAbsent(cell, k -> new ArrayList<>()).add(f);
        }
    }

    /** The arrows pointing at an object. */
    List<Edge> incoming(long id) { return incoming.getOrDefault(id, List.of()); }

    /** The closures whose {@code __closure__} holds the cell. */
    List<FunctionNode> holders(long cellId) { return holders.getOrDefault(cellId, List.of()); }

    boolean isHeldCell(long id) { return holders.containsKey(id); }

    boolean isCell(String key) { return objects.get(key) instanceof CellNode; }
}
