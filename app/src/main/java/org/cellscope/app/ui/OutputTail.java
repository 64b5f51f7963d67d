package org.cellscope.app.ui;

/**
 * The end of a long output, which is what the console shows: the text area lays out every line
 * it holds, and a jump in a million-step trace would otherwise replace megabytes of text on the
 * FX thread. The cut moves on in whole blocks, just after a line break, so that stepping forward
 * mostly appends to what is shown.
 */
record OutputTail(int start, String note) {
    static final int MAX_CHARS = 40_000;
    static final int BLOCK = 20_000;

    static OutputTail of(String output) {
        if (output.length() <= MAX_CHARS) return new OutputTail(0, "");
        int start = ((output.length() - MAX_CHARS) / BLOCK + 1) * BLOCK;
        int lineBreak = output.indexOf('\n', start - 1);
        if (lineBreak >= 0) start = lineBreak + 1;
        return new OutputTail(start, "⋯ " + lines(output, start) + " earlier lines not shown ⋯\n");
    }

    String text(String output) { return note + output.substring(start); }

    private static int lines(String output, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) if (output.charAt(i) == '\n') n++;
        return n;
    }
}
