package org.cellscope.app.ui;

import org.cellscope.trace.EventKind;
import org.cellscope.trace.Trace;

/**
 * Step over, into and out, forwards and backwards, from the events alone: each step's depth is
 * the number of frames on the stack. Built once per trace (off the FX thread); every move is a
 * scan of an int array, so no step state is materialised.
 */
public final class Navigator {
    private final int[] depth;
    private final EventKind[] kinds;
    private final int[] lines;

    private Navigator(int size) {
        depth = new int[size];
        kinds = new EventKind[size];
        lines = new int[size];
    }

    public static Navigator of(Trace trace) {
        Navigator nav = new Navigator(trace.size());
        int d = 0;
        for (int i = 0; i < trace.size(); i++) {
            var event = trace.event(i);
            if (event.kind() == EventKind.CALL) d++;
            nav.depth[i] = d;
            nav.kinds[i] = event.kind();
            nav.lines[i] = event.line();
            // the frame is still on the stack at its own return event
            if (event.kind() == EventKind.RETURN) d--;
        }
        return nav;
    }

    public int size() { return depth.length; }

    public int last() { return Math.max(0, depth.length - 1); }

    /** Frames on the stack at a step. */
    public int depth(int step) { return depth[step]; }

    public int stepInto(int step) { return Math.min(step + 1, last()); }

    /** The next step in this frame or a caller, skipping the calls this step makes. */
    public int stepOver(int step) {
        for (int j = step + 1; j < depth.length; j++) if (depth[j] <= depth[step]) return j;
        return last();
    }

    /** The first step back in the caller after this frame has gone. */
    public int stepOut(int step) {
        for (int j = step + 1; j < depth.length; j++) if (depth[j] < depth[step]) return j;
        return last();
    }

    public int backInto(int step) { return Math.max(step - 1, 0); }

    /** The previous step in this frame or a caller, skipping whole calls. */
    public int backOver(int step) {
        for (int j = step - 1; j >= 0; j--) if (depth[j] <= depth[step]) return j;
        return 0;
    }

    /** The caller's step that made the call this frame runs in. */
    public int backOut(int step) {
        for (int j = step - 1; j >= 0; j--) if (depth[j] < depth[step]) return j;
        return 0;
    }

    /**
     * The line that ran just before this step in the same frame, and the line that runs next,
     * as the code view's green and red arrows show them (0: no arrow).
     */
    public LineMarkers markers(int step) {
        int line = lines[step];
        return switch (kinds[step]) {
            case CALL -> new LineMarkers(0, line);
            case LINE -> new LineMarkers(previousLineInFrame(step), line);
            case RETURN -> new LineMarkers(line, 0);
            case EXCEPTION -> new LineMarkers(line, 0, true);
        };
    }

    private int previousLineInFrame(int step) {
        for (int j = step - 1; j >= 0; j--) {
            if (depth[j] > depth[step]) continue; // inside a call this frame made
            // at the same depth scanning back we are still in this frame; its CALL is its start
            return depth[j] == depth[step] && kinds[j] != EventKind.CALL ? lines[j] : 0;
        }
        return 0;
    }
}
