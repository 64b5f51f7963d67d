package org.cellscope.ast;

/**
 * Where a node stands in the source: 1-based lines, 0-based columns (as CPython's
 * {@code lineno}/{@code col_offset}), end exclusive. Tracebacks need the end for their carets.
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);
}
