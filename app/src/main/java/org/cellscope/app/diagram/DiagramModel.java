package org.cellscope.app.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.trace.StepView;

/**
 * What the diagram shows at one step, free of JavaFX: frame boxes (module first, then the stack,
 * then the frames popped since the previous step), heap objects in creation order, and arrows.
 */
public record DiagramModel(int stepIndex, List<FrameBox> frames, List<ObjectNode> objects, List<Edge> edges) {

    /** The model of step, with the frames popped since previous (may be null) drawn as ghosts. */
    public static DiagramModel of(StepView step, StepView previous) {
        return new DiagramModelBuilder(step, previous).build();
    }

    public static String frameKey(long frameId) { return "frame:" + frameId; }

    public static String objectKey(long objectId) { return "obj:" + objectId; }

    public Optional<ObjectNode> object(long id) {
        return objects.stream().filter(o -> o.id() == id).findFirst();
    }

    public Optional<FrameBox> frame(long frameId) {
        return frames.stream().filter(f -> f.frameId() == frameId).findFirst();
    }

    public List<FrameBox> ghostFrames() {
        return frames.stream().filter(FrameBox::isGhost).toList();
    }

    public List<CellNode> cells() {
        return objects.stream().filter(CellNode.class::isInstance).map(CellNode.class::cast).toList();
    }

    public List<FunctionNode> functions() {
        return objects.stream().filter(FunctionNode.class::isInstance).map(FunctionNode.class::cast).toList();
    }

    /** The closures whose {@code __closure__} holds the cell: what "shared with" lists. */
    public List<FunctionNode> closuresHolding(long cellId) {
        return functions().stream().filter(f -> f.closure().contains(cellId)).toList();
    }

    /** The edges leaving a node (frame or object key). */
    public List<Edge> edgesFrom(String key) {
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges) if (e.fromKey().equals(key)) out.add(e);
        return out;
    }

    public List<Edge> edgesTo(long objectId) {
        return edges.stream().filter(e -> e.targetId() == objectId).toList();
    }
}
