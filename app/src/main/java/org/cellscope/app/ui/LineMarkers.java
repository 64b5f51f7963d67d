package org.cellscope.app.ui;

/**
 * The code view's arrows at one step: the line that just ran and the next one (0 for none);
 * raised when the line that ran raised an exception.
 */
public record LineMarkers(int executed, int next, boolean raised) {
    public static final LineMarkers NONE = new LineMarkers(0, 0);

    public LineMarkers(int executed, int next) {
        this(executed, next, false);
    }

    /** "line 9 → 10", "line 7", "line 10 raised", or "" for the status bar. */
    public String describe() {
        if (raised) return "line " + executed + " raised";
        if (executed > 0 && next > 0) return "line " + executed + " → " + next;
        if (executed > 0) return "line " + executed;
        if (next > 0) return "line " + next;
        return "";
    }
}
