package org.cellscope.parse;

/**
 * A compile-time error as CPython reports it: the exception type name ({@code SyntaxError},
 * {@code IndentationError} or {@code TabError}), the message, and the 1-based line and column
 * (CPython's {@code offset}) that the caret points at. Thrown by the parser and the scope pass.
 */
public final class PySyntaxError extends RuntimeException {
    private final String type;
    private final int line;
    private final int column;
    private final int endColumn;

    public PySyntaxError(String type, String message, int line, int column, int endColumn) {
        super(message, null, false, false);
        this.type = type;
        this.line = line;
        this.column = column;
        this.endColumn = endColumn;
    }

    public PySyntaxError(String message, int line, int column) {
        this("SyntaxError", message, line, column, column + 1);
    }

    /**
     * {@code SyntaxError}, {@code IndentationError} or {@code TabError}; {@code RecursionError}
     * (line 0) for a program nested too deeply to compile, which CPython reports by that last
     * line alone.
     */
    public String type() { return type; }

    public int line() { return line; }

    /** 1-based column of the caret's first character, 0 when CPython prints no caret. */
    public int column() { return column; }

    /** 1-based column just past the last caret character. */
    public int endColumn() { return endColumn; }
}
