package org.cellscope.parse;

/**
 * Valid Python that Cellscope does not run (async, match, ...). Not a SyntaxError: CPython would
 * accept the program, so the user is told which feature is missing and where it is.
 */
public final class UnsupportedFeature extends RuntimeException {
    private final int line;
    private final int column;

    public UnsupportedFeature(String message, int line, int column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    /** 1-based, as PySyntaxError's column. */
    public int column() { return column; }

    static UnsupportedFeature at(org.antlr.v4.runtime.Token token, String feature) {
        return new UnsupportedFeature(feature + " are not supported by Cellscope", token.getLine(),
                token.getCharPositionInLine() + 1);
    }
}
