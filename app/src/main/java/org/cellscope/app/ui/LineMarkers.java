package org.cellscope.app.ui;

/** The code view's arrows at one step: the line that just ran and the next one; 0 for none. */
public record LineMarkers(int executed, int next) {
    public static final LineMarkers NONE = new LineMarkers(0, 0);

    /** "line 9 → 10", "line 7", or "" for the status bar. */
    public String describe() {
        if (executed > 0 && next > 0) return "line " + executed + " → " + next;
        if (executed > 0) return "line " + executed;
        if (next > 0) return "line " + next;
        return "";
    }
}
