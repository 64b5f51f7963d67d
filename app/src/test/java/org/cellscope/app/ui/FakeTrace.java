package org.cellscope.app.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.ExceptionView;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;
import org.cellscope.trace.TraceEvent;

/** A trace made of given steps, for tests that must not depend on the interpreter. */
public record FakeTrace(List<StepView> steps, String source, String errorOutput, int exitCode) implements Trace {

    /**
     * Steps from lines like {@code "call f 3"} or {@code "exception f 3 KeyError"} (CPython's own events): frames follow the calls and
     * returns, with no variables; the heap is empty.
     */
    public static FakeTrace ofEvents(String... events) {
        List<StepView> steps = new ArrayList<>();
        Deque<FrameView> stack = new ArrayDeque<>();
        long nextId = 1;
        for (String e : events) {
            String[] p = e.split(" ");
            EventKind kind = EventKind.valueOf(p[0].toUpperCase(Locale.ROOT));
            int line = Integer.parseInt(p[2]);
            if (kind == EventKind.CALL) stack.addLast(new FrameView(nextId++, p[1], p[1], line, List.of()));
            ExceptionView raised = p.length > 3 ? new ExceptionView(p[3], "") : null;
            steps.add(new StepView(steps.size(), kind, p[1], line, List.copyOf(stack), List.of(), "", null, raised));
            if (kind == EventKind.RETURN) stack.removeLast();
        }
        return new FakeTrace(steps, "", "", 0);
    }

    /** The same steps, recorded from source. */
    public FakeTrace withSource(String text) {
        return new FakeTrace(steps, text, errorOutput, exitCode);
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
