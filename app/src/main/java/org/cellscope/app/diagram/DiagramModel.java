package org.cellscope.app.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cellscope.app.diagram.ObjectNode.CellNode;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.trace.StepView;

/**
 * What the diagram shows at one step, free of JavaFX: frame boxes (module first, then the stack,
 * then the frames popped since the previous step), the runs of a deep stack left out between
 * them, heap objects in creation order, and arrows. changed holds the ids of the objects drawn
 * whose contents differ from the previous step's (a cell just written, a list just appended
 * to); afresh is true when there was no previous step to keep the drawing continuous with.
 */
public record DiagramModel(int stepIndex, List<FrameBox> frames, List<HiddenFrames> hiddenFrames,
                           List<ObjectNode> objects, List<Edge> edges, Set<Long> changed, boolean afresh) {

    /** The model of step, with the frames popped since previous (may be null) drawn as ghosts. */
    public static DiagramModel of(StepView step, StepView previous) {
        return new DiagramModelBuilder(step, previous).build();
    }

    public static String frameKey(long frameId) { return "frame:" + frameId; }

    public static String objectKey(long objectId) { return "obj:" + objectId; }

    /** True for a heap object's key; false for the frame column's frames and hidden-frames markers. */
    public static boolean isObjectKey(String key) { return key.startsWith("obj:"); }

    public Optional<ObjectNode> object(long id) {
        return objects.stream().filter(o -> o.id() == id).findFirst();
    }

    /** The object drawn under key (see {@link #objectKey}). */
    public Optional<ObjectNode> objectAt(String key) {
        return objects.stream().filter(o -> o.key().equals(key)).findFirst();
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
}
