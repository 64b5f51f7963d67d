package org.cellscope.app.export;

import java.util.List;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;
import org.cellscope.trace.TraceEvent;

/** A trace over hand-built steps, until tests can record real ones. */
record FixtureTrace(List<StepView> steps, String source) implements Trace {
    public int size() { return steps.size(); }

    public TraceEvent event(int index) {
        StepView s = steps.get(index);
        return new TraceEvent(s.event(), s.codeName(), s.line(), null);
    }

    public StepView step(int index) { return steps.get(index); }

    public boolean truncated() { return false; }

    public String errorOutput() { return ""; }

    public int exitCode() { return 0; }
}
