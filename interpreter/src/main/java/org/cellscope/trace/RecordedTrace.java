package org.cellscope.trace;

import java.util.ArrayList;
import java.util.List;

/** A recorded run: compact per-step arrays plus the state history; steps are rebuilt on demand. */
final class RecordedTrace implements Trace {
    /**
     * The per-step arrays (only the first size entries count): event kind, line, top of the
     * stack, and the return value or exception of return and exception steps; plus the output
     * length at each step.
     */
    record Steps(int size, byte[] kinds, int[] lines, OutputMarks output, StackNode[] stacks, Object[] payloads) {}

    private static final EventKind[] KINDS = EventKind.values();

    private final Steps steps;
    private final StateHistory history;
    private final String output;
    private final String source;
    private final String errorOutput;
    private final int exitCode;
    private final boolean truncated;

    RecordedTrace(Steps steps, StateHistory history, String output, String source, String errorOutput, int exitCode,
                  boolean truncated) {
        this.steps = steps;
        this.history = history;
        this.output = output;
        this.source = source;
        this.errorOutput = errorOutput;
        this.exitCode = exitCode;
        this.truncated = truncated;
    }

    @Override
    public int size() { return steps.size(); }

    @Override
    public TraceEvent event(int index) {
        ExceptionView e = steps.payloads()[index] instanceof ExceptionView v ? v : null;
        return new TraceEvent(KINDS[steps.kinds()[index]], steps.stacks()[index].frame().code.name(),
            steps.lines()[index], e == null ? null : e.typeName());
    }

    @Override
    public StepView step(int index) {
        TraceEvent e = event(index);
        StateReader reader = new StateReader(history, index);
        List<FrameView> frames = new ArrayList<>();
        int line = steps.lines()[index];
        for (StackNode n = steps.stacks()[index]; n != null; n = n.caller()) {
            frames.add(0, reader.frame(n.frame(), line));
            line = n.callerLine();
        }
        org.cellscope.runtime.PyObject returned = returnedAt(index);
        Value ret = returned == null ? null : reader.value(returned);
        // right after a return the caller still holds the value on its stack (a decorator's
        // wrapper before it is bound to a name): it and what it reaches are alive
        if (index > 0 && returnedAt(index - 1) != null) reader.value(returnedAt(index - 1));
        List<HeapObject> heap = reader.heap();
        return new StepView(index, e.kind(), e.codeName(), e.line(), List.copyOf(frames), heap,
            output.substring(0, steps.output().lengthAt(index)), ret,
            steps.payloads()[index] instanceof ExceptionView v ? v : null);
    }

    /** The value a return step returned (only return steps carry a Python value); null otherwise. */
    private org.cellscope.runtime.PyObject returnedAt(int index) {
        return steps.payloads()[index] instanceof org.cellscope.runtime.PyObject p ? p : null;
    }

    @Override
    public java.util.Set<Long> changedObjects(int index) {
        java.util.Set<Long> out = new java.util.TreeSet<>();
        changes().forEach((id, steps) -> {
            if (java.util.Arrays.binarySearch(steps, index) >= 0) out.add(id);
        });
        return out;
    }

    @Override
    public int[] changesOf(long objectId) { return changes().getOrDefault(objectId, new int[0]).clone(); }

    private java.util.Map<Long, int[]> changesById;

    private synchronized java.util.Map<Long, int[]> changes() {
        if (changesById == null) changesById = history.changesById();
        return changesById;
    }

    @Override
    public boolean truncated() { return truncated; }

    @Override
    public String source() { return source; }

    @Override
    public String errorOutput() { return errorOutput; }

    @Override
    public int exitCode() { return exitCode; }
}
