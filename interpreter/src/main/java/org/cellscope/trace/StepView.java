package org.cellscope.trace;

import java.util.List;

/**
 * Everything the debugger shows at one step, immutable. index counts from 0 (the CLI counts
 * from 1). frames go from the module frame to the active one; heap holds the objects reachable
 * from the frames, in order of creation. returnValue is set on RETURN steps, exception on
 * EXCEPTION steps.
 */
public record StepView(int index, EventKind event, String codeName, int line, List<FrameView> frames,
                       List<HeapObject> heap, String output, Value returnValue,
                       ExceptionView exception) {

    public FrameView activeFrame() { return frames.get(frames.size() - 1); }

    public HeapObject object(long id) {
        for (HeapObject o : heap) if (o.id() == id) return o;
        return null;
    }
}
