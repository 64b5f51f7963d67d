package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputTailTest {
    private static String lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("line ").append(i).append('\n');
        return sb.toString();
    }

    @Test
    void aShortOutputIsShownWhole() {
        String out = lines(100);
        assertEquals(out, OutputTail.of(out).text(out));
    }

    @Test
    void aLongOutputShowsWholeLinesFromItsEndAfterANote() {
        String out = lines(300_000);
        OutputTail tail = OutputTail.of(out);
        String shown = tail.text(out);
        assertTrue(shown.length() <= OutputTail.MAX_CHARS + tail.note().length() + 20, "about MAX_CHARS shown");
        assertTrue(shown.endsWith("line 299999\n"));
        int hidden = (int) out.substring(0, tail.start()).chars().filter(c -> c == '\n').count();
        assertEquals("⋯ " + hidden + " earlier lines not shown ⋯\n", tail.note());
        assertTrue(shown.substring(tail.note().length()).startsWith("line " + hidden + "\n"), "the cut falls after a line break");
    }

    @Test
    void theCutStaysPutWhileTheOutputGrowsByLessThanABlock() {
        String out = lines(10_000);
        assertEquals(OutputTail.of(out), OutputTail.of(out + "one more line\n"));
    }
}
