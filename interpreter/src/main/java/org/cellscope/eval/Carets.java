package org.cellscope.eval;

import java.util.Arrays;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Node;
import org.cellscope.ast.Pos;

/**
 * The marks CPython 3.11 prints under the failing expression of a traceback line:
 * {@code ~~^~~} for a binary operation (the operator gets ^), {@code ~^^^^} for a subscript
 * (the brackets get ^), {@code ^^^} for anything else unless it spans the whole line.
 */
final class Carets {
    private Carets() {}

    /** The caret line (without the 4-space indent), or null when CPython prints none. */
    static String line(String src, Node node) {
        Pos pos = node.pos();
        int indent = src.length() - src.stripLeading().length();
        int strippedLength = src.strip().length();
        int start = pos.col();
        int end = pos.endLine() == pos.line() ? Math.min(pos.endCol(), src.length()) : indent + strippedLength;
        if (start < indent || end <= start) return null;
        int[] anchors = pos.endLine() == pos.line() ? anchors(src, node) : null;
        if (anchors == null && end - start >= strippedLength) return null;
        char[] marks = new char[end - start];
        Arrays.fill(marks, anchors == null ? '^' : '~');
        if (anchors != null) {
            for (int i = Math.max(anchors[0], start); i < Math.min(anchors[1], end); i++) marks[i - start] = '^';
        }
        return " ".repeat(start - indent) + new String(marks);
    }

    /** Absolute columns [from, to) of the ^ part, or null. */
    private static int[] anchors(String src, Node node) {
        if (node instanceof Expr.BinOp b) {
            int opStart = b.left().pos().endCol(), opEnd = b.right().pos().col();
            if (b.left().pos().endLine() != b.pos().line() || b.right().pos().line() != b.pos().line() || opEnd < opStart) return null;
            String op = src.substring(opStart, Math.min(opEnd, src.length()));
            int offset = op.length() - op.stripLeading().length();
            int left = opStart + offset;
            int right = left + 1;
            if (offset + 1 < op.length() && !Character.isWhitespace(op.charAt(offset + 1))) right++;
            return new int[] {left, right};
        }
        if (node instanceof Expr.Subscript s) {
            return new int[] {s.value().pos().endCol(), s.slice().pos().endCol() + 1};
        }
        return null;
    }
}
