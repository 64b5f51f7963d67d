package org.cellscope.app.ui;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;
import org.cellscope.trace.TraceEvent;

/** A trace made of given steps, for tests that must not depend on the interpreter. */
public record FakeTrace(List<StepView> steps, String source, String errorOutput, int exitCode) implements Trace {

    /** Steps with no frames or heap, from lines like {@code "call f 3"} (CPython's own events). */
    public static FakeTrace ofEvents(String... events) {
        List<StepView> steps = new ArrayList<>();
        for (String e : events) {
            String[] p = e.split(" ");
            steps.add(new StepView(steps.size(), EventKind.valueOf(p[0].toUpperCase()), p[1],
                    Integer.parseInt(p[2]), List.of(), List.of(), "", null, null));
        }
        return new FakeTrace(steps, "", "", 0);
    }

    @Override public int size() { return steps.size(); }

    @Override public TraceEvent event(int index) {
        StepView s = steps.get(index);
        return new TraceEvent(s.event(), s.codeName(), s.line(),
                s.exception() == null ? null : s.exception().typeName());
    }

    @Override public StepView step(int index) { return steps.get(index); }

    @Override public boolean truncated() { return false; }
}
