package org.cellscope.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellscope.eval.Halt;
import org.cellscope.eval.PyFrame;
import org.cellscope.eval.TraceListener;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyObject;

/**
 * The interpreter's trace listener: records every event with the state it shows, and stops the
 * program when the step cap is reached.
 */
public final class TraceRecorder implements TraceListener {
    /** One recorded step; the output is kept once and each step remembers how much of it existed. */
    record Step(TraceEvent event, List<FrameView> frames, List<HeapObject> heap, int outputLength, Value returnValue,
                ExceptionView exception) {}

    private final int maxSteps;
    private final List<Step> steps = new ArrayList<>();
    private final StringBuilder output = new StringBuilder();
    private Map<Long, HeapObject> lastHeap = Map.of();
    private boolean truncated;

    public TraceRecorder(int maxSteps) { this.maxSteps = maxSteps; }

    /** Everything the program prints goes through here so each step knows its output. */
    public void write(String text) { output.append(text); }

    public String output() { return output.toString(); }

    @Override
    public void onCall(PyFrame frame) { record(frame, EventKind.CALL, null, null); }

    @Override
    public void onLine(PyFrame frame) { record(frame, EventKind.LINE, null, null); }

    @Override
    public void onReturn(PyFrame frame, PyObject value) { record(frame, EventKind.RETURN, value, null); }

    @Override
    public void onException(PyFrame frame, PyBaseException exception) {
        record(frame, EventKind.EXCEPTION, null, exception);
    }

    private void record(PyFrame frame, EventKind kind, PyObject returned, PyBaseException exc) {
        if (steps.size() >= maxSteps) {
            truncated = true;
            throw new Halt();
        }
        StateCapture capture = new StateCapture(lastHeap);
        List<FrameView> frames = capture.frames(frame);
        Value ret = returned == null ? null : capture.value(returned);
        ExceptionView ev = exc == null ? null : ExceptionViews.of(exc);
        if (ret != null || ev != null) capture.frames(null); // drain objects reached from the return value
        Map<Long, HeapObject> heap = capture.heap();
        lastHeap = heap;
        String excType = ev == null ? null : ev.typeName();
        TraceEvent event = new TraceEvent(kind, frame.code().name(), frame.line(), excType);
        steps.add(new Step(event, frames, List.copyOf(heap.values()), output.length(), ret, ev));
    }

    public Trace finish(String source, String errorOutput, int exitCode) {
        return new RecordedTrace(List.copyOf(steps), output.toString(), source, errorOutput, exitCode, truncated);
    }
}
