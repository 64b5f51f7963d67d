package org.cellscope.parse;

/**
 * Where CPython's traceback puts the caret of a SyntaxError (its print_error_text), from the
 * error's offsets: nowhere when the offset falls in the line's indentation, one '^' for an
 * IndentationError, otherwise one '^' per column of the range, at least one.
 */
final class Carets {
    /** An end column meaning "to the end of the line": the error's range goes on to later lines. */
    static final int TO_END_OF_LINE = Integer.MAX_VALUE;

    private Carets() {}

    static PySyntaxError asPrinted(PySyntaxError e, String source) {
        String[] lines = source.split("\n", -1);
        if (e.column() < 1 || e.line() < 1 || e.line() > lines.length) {
            return withCaret(e, 0, 0);
        }
        String text = lines[e.line() - 1];
        int indent = text.length() - text.stripLeading().length();
        int offset = e.column() - 1 - indent;
        if (offset < 0) {
            return withCaret(e, 0, 0);
        }
        int start = indent + Math.min(offset, text.length() - indent) + 1;
        boolean indentation = !e.type().equals("SyntaxError");
        int end = Math.min(e.endColumn(), text.length() + 1);
        int width = indentation || end <= e.column() ? 1 : end - e.column();
        return withCaret(e, start, start + width);
    }

    private static PySyntaxError withCaret(PySyntaxError e, int column, int endColumn) {
        return new PySyntaxError(e.type(), e.getMessage(), e.line(), column, endColumn);
    }
}
