package org.cellscope.eval;

import java.util.List;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Operator;
import org.cellscope.ast.Stmt;

/**
 * CPython 3.11's AST optimizer (optimize_format) turns {@code "text %s" % (a, b)} into an
 * f-string whose literal pieces have no line. Compiled first in a function body, such a piece
 * takes the line of the function's RESUME, so CPython reports a line event on the def line
 * before the statement's own.
 */
final class FormatRewrite {
    private FormatRewrite() {}

    /** Whether the first instruction of this statement is an unlocated literal piece of a rewritten format. */
    static boolean startsUnlocated(Stmt s) {
        Expr value = s instanceof Stmt.Return r ? r.value() : s instanceof Stmt.ExprStmt e ? e.value()
            : s instanceof Stmt.Assign a ? a.value() : s instanceof Stmt.AnnAssign a ? a.value() : null;
        for (Expr e = value; e != null; e = firstEvaluated(e)) {
            if (e instanceof Expr.BinOp b && rewritten(b)) {
                String fmt = ((Expr.StrLit) b.left()).value();
                return !fmt.startsWith("%") || fmt.startsWith("%%");
            }
        }
        return false;
    }

    /** The subexpression whose code comes first, or null when the expression's own code does. */
    private static Expr firstEvaluated(Expr e) {
        if (ConstantFolding.folded(e) != null) return null;
        if (e instanceof Expr.BinOp b) return b.left();
        if (e instanceof Expr.Compare c) return c.left();
        if (e instanceof Expr.Subscript s) return s.value();
        if (e instanceof Expr.Attribute a) return a.value();
        if (e instanceof Expr.Call c) return c.func();
        if (e instanceof Expr.BoolOp b) return b.values().get(0);
        if (e instanceof Expr.IfExp i) return i.test();
        if (e instanceof Expr.Tuple t) return first(t.elts());
        if (e instanceof Expr.ListExpr l) return first(l.elts());
        if (e instanceof Expr.DictExpr d) return first(d.keys());
        return null;
    }

    private static Expr first(List<Expr> elts) {
        return elts.isEmpty() || elts.get(0) instanceof Expr.Starred ? null : elts.get(0);
    }

    /** optimize_format's test: a str template, a tuple display that does not fold, one simple %s/%r/%a per item. */
    private static boolean rewritten(Expr.BinOp b) {
        if (b.op() != Operator.MOD || !(b.left() instanceof Expr.StrLit template) || !(b.right() instanceof Expr.Tuple t)
            || ConstantFolding.folded(t) != null || t.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
            return false;
        }
        String fmt = template.value();
        int units = 0;
        for (int pos = 0; pos < fmt.length(); pos++) {
            if (fmt.charAt(pos) != '%') continue;
            if (pos + 1 < fmt.length() && fmt.charAt(pos + 1) == '%') {
                pos++;
                continue;
            }
            pos = simpleUnitEnd(fmt, pos + 1);
            if (pos < 0) return false;
            units++;
        }
        return units == t.elts().size();
    }

    /** simple_format_arg_parse: flags, a width and precision of at most two digits, then s, r or a; -1 otherwise. */
    private static int simpleUnitEnd(String fmt, int pos) {
        while (pos < fmt.length() && "-+ #0".indexOf(fmt.charAt(pos)) >= 0) pos++;
        pos = digitsEnd(fmt, pos);
        if (pos >= 0 && pos < fmt.length() && fmt.charAt(pos) == '.') pos = digitsEnd(fmt, pos + 1);
        return pos >= 0 && pos < fmt.length() && "sra".indexOf(fmt.charAt(pos)) >= 0 ? pos : -1;
    }

    private static int digitsEnd(String fmt, int pos) {
        int start = pos;
        while (pos < fmt.length() && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') pos++;
        return pos - start >= 3 ? -1 : pos;
    }
}
