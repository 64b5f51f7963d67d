package org.cellscope.app.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a SyntaxError report (as CPython prints it, and as an empty trace carries it) points:
 * 1-based line and column; column 0 when there is no caret (IndentationError).
 */
public record SyntaxErrorLocation(int line, int column) {
    private static final Pattern FILE_LINE = Pattern.compile("^  File \".*\", line (\\d+)$");
    private static final Pattern CARET = Pattern.compile("^( {4}\\s*)\\^+~*$");

    /** The location in report, or null when it names none; source gives the indentation CPython strips. */
    public static SyntaxErrorLocation find(String report, String source) {
        String[] lines = report.split("\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            Matcher m = FILE_LINE.matcher(lines[i]);
            if (!m.matches()) continue;
            int line = Integer.parseInt(m.group(1));
            return new SyntaxErrorLocation(line, caretColumn(lines, i + 2, source, line));
        }
        return null;
    }

    private static int caretColumn(String[] report, int caretIndex, String source, int line) {
        if (caretIndex >= report.length) return 0;
        Matcher caret = CARET.matcher(report[caretIndex]);
        if (!caret.matches()) return 0;
        String[] sourceLines = source.split("\n", -1);
        String text = line - 1 < sourceLines.length ? sourceLines[line - 1] : "";
        int stripped = text.length() - text.stripLeading().length();
        return caret.group(1).length() - 4 + stripped + 1;
    }
}
