package org.cellscope.trace;

/** A recorded run with random access to every step. */
public interface Trace {
    /** Number of steps (events). */
    int size();

    TraceEvent event(int index);

    /** The full state at a step, rebuilt on demand. */
    StepView step(int index);

    /** The ids of the heap objects (cells, lists, dicts, instances...) whose contents changed at this step. */
    default java.util.Set<Long> changedObjects(int index) { return java.util.Set.of(); }

    /** Every step at which the object with this id changed, in order (empty: never changed). */
    default int[] changesOf(long objectId) { return new int[0]; }

    /** True when the run hit the step cap before the program ended. */
    boolean truncated();

    /** The source the trace was recorded from. */
    String source();

    /** What {@code python3} would print on stderr: the traceback or SyntaxError report, or "". */
    String errorOutput();

    /** What {@code python3} would exit with: 0, or 1 after an uncaught exception or syntax error. */
    int exitCode();
}
