package org.cellscope.app.ui;

import org.cellscope.trace.Trace;

/** A finished recording: the trace, its navigator, and the source text it was recorded from. */
public record Recording(Trace trace, Navigator navigator, String source) {

    static Recording of(Trace trace, String source) {
        return new Recording(trace, Navigator.of(trace), source);
    }

    public int size() { return trace.size(); }
}
