package org.cellscope.app.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.Value;

/**
 * Which frames of a deep stack the diagram shows, as a debugger's call stack does: the
 * outermost few (the module and the first calls) and the innermost several (where the learner
 * is looking). A frame in between stays too when it made a cell that is drawn, so a closure's
 * cell keeps the frame it belongs to. Objects reachable only from hidden frames are not drawn.
 */
final class StackCollapse {
    /** Stacks up to this deep are drawn whole. */
    static final int MAX_FRAMES = 12;
    static final int OUTERMOST = 3;
    static final int INNERMOST = 6;

    private final List<FrameView> stack;
    private final boolean[] shown;
    private final HeapWalk drawn;

    /**
     * roots are the other values the diagram draws arrows from (frames just popped, return
     * values); what they reach is drawn whatever is hidden.
     */
    StackCollapse(List<FrameView> stack, List<HeapObject> heap, List<Value> roots) {
        this.stack = stack;
        this.shown = new boolean[stack.size()];
        this.drawn = new HeapWalk(heap);
        boolean whole = stack.size() <= MAX_FRAMES;
        for (int i = 0; i < stack.size(); i++) {
            if (whole || i < OUTERMOST || i >= stack.size() - INNERMOST) show(i);
        }
        roots.forEach(drawn::add);
        keepCellCreators();
    }

    boolean shows(int index) { return shown[index]; }

    /** Whether the object is drawn: reachable from a frame shown or a root, through slots shown. */
    boolean draws(long objectId) { return drawn.reached(objectId); }

    /**
     * The hidden run starting at index, which must be hidden and follow a shown frame; before
     * is the index its marker takes among the frames drawn.
     */
    HiddenFrames hiddenRun(int index, int before) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = index; i < stack.size() && !shown[i]; i++) {
            String name = stack.get(i).name();
            if (counts.merge(name, 1, Integer::sum) == 1) order.add(name);
        }
        List<HiddenFrames.FunctionCount> functions = order.stream()
                .map(n -> new HiddenFrames.FunctionCount(n, counts.get(n)))
                .sorted((a, b) -> Integer.compare(b.count(), a.count())) // stable: ties keep stack order
                .toList();
        return new HiddenFrames(stack.get(index).id(), before, functions);
    }

    private void show(int index) {
        shown[index] = true;
        drawn.add(stack.get(index));
    }

    /** Until nothing changes: a drawn cell shows its creator frame, whose variables may reach more cells. */
    private void keepCellCreators() {
        Map<Long, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < stack.size(); i++) indexOf.put(stack.get(i).id(), i);
        List<HeapObject.Cell> cells = drawn.walk();
        while (!cells.isEmpty()) {
            for (HeapObject.Cell c : cells) {
                Integer creator = indexOf.get(c.creatorFrameId());
                if (creator != null && !shown[creator]) show(creator);
            }
            cells = drawn.walk();
        }
    }
}
