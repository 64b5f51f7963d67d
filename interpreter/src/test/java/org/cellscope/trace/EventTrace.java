package org.cellscope.trace;

import java.util.Locale;

/** A trace of bare events written as {@code trace --events} prints them, for navigation tests. */
final class EventTrace implements Trace {
    private final TraceEvent[] events;

    private EventTrace(TraceEvent[] events) { this.events = events; }

    static EventTrace of(String... lines) {
        TraceEvent[] events = new TraceEvent[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] p = lines[i].split(" ");
            events[i] = new TraceEvent(EventKind.valueOf(p[0].toUpperCase(Locale.ROOT)), p[1], Integer.parseInt(p[2]),
                p.length > 3 ? p[3] : null);
        }
        return new EventTrace(events);
    }

    @Override public int size() { return events.length; }

    @Override public TraceEvent event(int index) { return events[index]; }

    @Override public StepView step(int index) { throw new UnsupportedOperationException("events only"); }

    @Override public boolean truncated() { return false; }

    @Override public String source() { return ""; }

    @Override public String errorOutput() { return ""; }

    @Override public int exitCode() { return 0; }
}
