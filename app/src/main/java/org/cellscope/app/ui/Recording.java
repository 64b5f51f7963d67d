package org.cellscope.app.ui;

import org.cellscope.trace.Navigator;
import org.cellscope.trace.Trace;

/**
 * A finished recording: the trace, its navigator, the source text it was recorded from, and the
 * steps of it materialised last.
 */
public record Recording(Trace trace, Navigator navigator, String source, StepCache steps) {

    static Recording of(Trace trace, String source) {
        return new Recording(trace, Navigator.of(trace), source, new StepCache(trace));
    }

    public int size() { return trace.size(); }
}
