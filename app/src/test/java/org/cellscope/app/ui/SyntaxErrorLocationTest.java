package org.cellscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Reports as python3 3.11 prints them. */
class SyntaxErrorLocationTest {
    @Test
    void caretUnderAnIndentedLineCountsTheIndentationCPythonStripped() {
        String report = "  File \"/tmp/se.py\", line 4\n    print(x\n         ^\nSyntaxError: '(' was never closed\n";
        String source = "x = 1\nif x:\n        y = (1 +\n  print(x\n";
        assertEquals(new SyntaxErrorLocation(4, 8), SyntaxErrorLocation.find(report, source));
    }

    @Test
    void caretAtTheFirstLine() {
        String report = "  File \"/tmp/se2.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n";
        assertEquals(new SyntaxErrorLocation(1, 7), SyntaxErrorLocation.find(report, "def f(:\n  pass\n"));
    }

    @Test
    void indentationErrorHasNoCaret() {
        String report = "  File \"/tmp/se3.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n";
        assertEquals(new SyntaxErrorLocation(2, 0), SyntaxErrorLocation.find(report, "x = 1\n  y = 2\n"));
    }

    @Test
    void aTracebackWithoutFileLineGivesNothing() {
        assertNull(SyntaxErrorLocation.find("SyntaxError: bad\n", ""));
    }
}
