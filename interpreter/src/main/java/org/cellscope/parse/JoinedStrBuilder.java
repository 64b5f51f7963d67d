package org.cellscope.parse;

import java.util.ArrayList;
import java.util.List;

import org.cellscope.ast.Expr;
import org.cellscope.ast.Pos;

/** Collects an f-string's parts, merging adjacent literal text into one StrLit as CPython does. */
final class JoinedStrBuilder {
    private final List<Expr> values = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private final Pos partPos;

    /** partPos: where every part claims to be (CPython 3.11 gives them the whole literal's span). */
    JoinedStrBuilder(Pos partPos) {
        this.partPos = partPos;
    }

    void addLiteral(String text) {
        literal.append(text);
    }

    void addValue(Expr.FormattedValue value) {
        flush(partPos);
        values.add(value);
    }

    /** As in CPython 3.11, trailing literal text takes the position of the JoinedStr itself. */
    Expr.JoinedStr build(Pos pos) {
        flush(pos);
        return new Expr.JoinedStr(pos, List.copyOf(values));
    }

    private void flush(Pos pos) {
        if (!literal.isEmpty()) {
            values.add(new Expr.StrLit(pos, literal.toString()));
            literal.setLength(0);
        }
    }
}
