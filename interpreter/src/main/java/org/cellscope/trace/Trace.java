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

    /** What {@code python3} would print on stderr: the traceback or SyntaxError report, or "". */
    String errorOutput();

    /** What {@code python3} would exit with: 0, or 1 after an uncaught exception or syntax error. */
    int exitCode();
}
