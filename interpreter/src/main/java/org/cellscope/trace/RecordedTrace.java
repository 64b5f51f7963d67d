package org.cellscope.trace;

import java.util.List;

/** A trace kept in memory, one recorded step per event. */
final class RecordedTrace implements Trace {
    private final List<TraceRecorder.Step> steps;
    private final String output;
    private final String source;
    private final String errorOutput;
    private final int exitCode;
    private final boolean truncated;

    RecordedTrace(List<TraceRecorder.Step> steps, String output, String source, String errorOutput, int exitCode,
                  boolean truncated) {
        this.steps = steps;
        this.output = output;
        this.source = source;
        this.errorOutput = errorOutput;
        this.exitCode = exitCode;
        this.truncated = truncated;
    }

    @Override
    public int size() { return steps.size(); }

    @Override
    public TraceEvent event(int index) { return steps.get(index).event(); }

    @Override
    public StepView step(int index) {
        TraceRecorder.Step s = steps.get(index);
        TraceEvent e = s.event();
        return new StepView(index, e.kind(), e.codeName(), e.line(), s.frames(), s.heap(),
            output.substring(0, s.outputLength()), s.returnValue(), s.exception());
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
