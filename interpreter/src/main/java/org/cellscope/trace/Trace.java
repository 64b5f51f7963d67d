package org.cellscope.trace;

/** A recorded run with random access to every step. */
public interface Trace {
    /** Number of steps (events). */
    int size();

    TraceEvent event(int index);

    /** The full state at a step, rebuilt on demand. */
    StepView step(int index);

    /** True when the run hit the step cap before the program ended. */
    boolean truncated();

    /** The source the trace was recorded from. */
    String source();
}
