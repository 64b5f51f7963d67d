package org.cellscope.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import org.cellscope.eval.Halt;
import org.cellscope.eval.PyFrame;
import org.cellscope.eval.TraceListener;
import org.cellscope.runtime.Mutations;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyObject;

/**
 * The interpreter's trace listener. Each step costs a few bytes (event, line, top of the stack,
 * output length); state is kept as changes: objects report through {@link Mutations} that they
 * are about to change, and only those get a new snapshot at the next step. The locals of the
 * running frame are compared with their last snapshot at each step.
 */
public final class TraceRecorder implements TraceListener, Mutations.Listener {
    private final int maxSteps;
    private int size;
    private byte[] kinds = new byte[1024];
    private int[] lines = new int[1024];
    private final OutputMarks outputMarks = new OutputMarks();
    private StackNode[] stacks = new StackNode[1024];
    /** The return value of a return step, the ExceptionView of an exception step, else null. */
    private Object[] payloads = new Object[1024];
    private final IdentityHashMap<Object, History> histories = new IdentityHashMap<>();
    private final List<History> dirty = new ArrayList<>();
    private final StringBuilder output = new StringBuilder();
    private StackNode top;
    private boolean truncated;

    public TraceRecorder(int maxSteps) { this.maxSteps = maxSteps; }

    /** Everything the program prints goes through here so each step knows its output. */
    public void write(String text) { output.append(text); }

    @Override
    public void changing(Object owner) {
        History h = histories.get(owner);
        if (h == null) {
            h = new History(owner);
            h.add(-1, Snapshots.take(owner)); // as it was before this first change
            histories.put(owner, h);
        }
        if (!h.dirty) {
            h.dirty = true;
            dirty.add(h);
        }
    }

    @Override
    public void onCall(PyFrame frame) {
        // the caller may have bound locals since its last event: a comprehension's loop variable,
        // the x of `x = 1; f()`; the callee's steps must show them
        PyFrame caller = frame.back();
        if (caller != null && caller.recorded() instanceof RecordedFrame r && size < maxSteps) snapshotLocals(caller, r, size);
        top = new StackNode(RecordedFrame.of(frame), top, frame.back() == null ? 0 : frame.back().line());
        record(frame, EventKind.CALL);
    }

    @Override
    public void onLine(PyFrame frame) { record(frame, EventKind.LINE); }

    @Override
    public void onReturn(PyFrame frame, PyObject value) {
        record(frame, EventKind.RETURN, value);
        top = top.caller();
    }

    @Override
    public void onException(PyFrame frame, PyBaseException exception) {
        record(frame, EventKind.EXCEPTION, ExceptionViews.of(exception));
    }

    private void record(PyFrame frame, EventKind kind) { record(frame, kind, null); }

    private void record(PyFrame frame, EventKind kind, Object payload) {
        if (size >= maxSteps) {
            truncated = true;
            throw new Halt();
        }
        if (size == kinds.length) grow();
        int step = size;
        for (History h : dirty) {
            h.add(step, Snapshots.take(h.owner, h.last()));
            h.dirty = false;
        }
        dirty.clear();
        snapshotLocals(frame, top.frame(), step);
        kinds[step] = (byte) kind.ordinal();
        lines[step] = frame.line();
        outputMarks.mark(step, output.length());
        stacks[step] = top;
        payloads[step] = payload;
        size++;
    }

    /** A frame's plain locals change only while it runs, so only the running frame is compared. */
    private static void snapshotLocals(PyFrame frame, RecordedFrame record, int step) {
        PyObject[] now = frame.fastLocals();
        if (now.length == 0) return;
        History h = record.locals;
        if (h == null) {
            h = new History(record);
            record.locals = h;
        } else if (sameReferences((PyObject[]) h.last(), now)) {
            return;
        }
        h.add(step, now.clone());
    }

    private static boolean sameReferences(PyObject[] a, PyObject[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    private void grow() {
        int n = kinds.length * 2;
        kinds = Arrays.copyOf(kinds, n);
        lines = Arrays.copyOf(lines, n);
        stacks = Arrays.copyOf(stacks, n);
        payloads = Arrays.copyOf(payloads, n);
    }

    public Trace finish(String source, String errorOutput, int exitCode) {
        RecordedTrace.Steps steps = new RecordedTrace.Steps(size, kinds, lines, outputMarks, stacks, payloads);
        return new RecordedTrace(steps, new StateHistory(histories), output.toString(), source, errorOutput,
            exitCode, truncated);
    }
}
