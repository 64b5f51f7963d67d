package org.cellscope.eval;

import java.util.List;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Node;
import org.cellscope.ast.UnaryOperator;
import org.cellscope.runtime.PyObject;

/**
 * The test of a conditional jump (if, elif, while, assert, a comprehension's if, a conditional
 * expression), compiled as CPython's compiler_jump_if does: {@code not}, {@code and}/{@code or}
 * and nested conditional expressions become jumps of their own, so the truth of each operand is
 * asked once. Over several lines each jump reports its line: a comparison jumps on its own line
 * and leaves the compiler there, so any other operand after it jumps on that line too; before
 * any comparison, the line of the statement or expression that jumps.
 */
final class Conditions {

    /** A compiled test: evaluates the condition and answers its truth. */
    @FunctionalInterface
    interface Test {
        boolean test(PyFrame f);
    }

    private final ExprCompiler exprs;

    Conditions(ExprCompiler exprs) { this.exprs = exprs; }

    /**
     * Where the compiler is while it compiles a test: the line each jump reports, and the node a
     * failing truth test (a __bool__ that raises) points at, the test's owner until a comparison.
     */
    private static final class Cursor {
        int line;
        Node at;

        Cursor(int line, Node at) {
            this.line = line;
            this.at = at;
        }
    }

    /** @param owner the statement or expression that jumps (if, while, assert, a conditional expression, a comprehension) */
    Test compile(Expr e, int jumpLine, Node owner) {
        return compile(e, new Cursor(jumpLine, owner));
    }

    private Test compile(Expr e, Cursor cursor) {
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) {
            Test operand = compile(u.operand(), cursor);
            return f -> !operand.test(f);
        }
        if (e instanceof Expr.BoolOp b) {
            Test[] operands = b.values().stream().map(v -> compile(v, cursor)).toArray(Test[]::new);
            boolean isAnd = b.isAnd();
            return f -> {
                for (Test t : operands) {
                    if (t.test(f) != isAnd) return !isAnd;
                }
                return isAnd;
            };
        }
        if (e instanceof Expr.IfExp i) {
            Test test = compile(i.test(), cursor), body = compile(i.body(), cursor), orelse = compile(i.orelse(), cursor);
            return f -> test.test(f) ? body.test(f) : orelse.test(f);
        }
        Eval value = exprs.compile(e);
        if (e instanceof Expr.Compare) {
            cursor.line = e.pos().line();
            cursor.at = e;
        }
        Node jumpAt = cursor.at;
        if (!exprs.tracking() || e instanceof Expr.Compare) return f -> {
            PyObject v = value.eval(f);
            f.at = jumpAt;
            return Ops.truthy(v);
        };
        int jumpLine = cursor.line;
        return f -> {
            PyObject v = value.eval(f);
            f.traceLine(jumpLine);
            f.at = jumpAt;
            return Ops.truthy(v);
        };
    }

    /**
     * The comparison compiled last in a test, where the compiler's line is left after it, or null
     * when there is none and the line stays the statement's (a failing assert raises there).
     */
    static Expr.Compare lastComparison(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) return lastComparison(u.operand());
        List<Expr> parts = e instanceof Expr.BoolOp b ? b.values()
            : e instanceof Expr.IfExp i ? List.of(i.test(), i.body(), i.orelse()) : List.of();
        for (int k = parts.size() - 1; k >= 0; k--) {
            Expr.Compare c = lastComparison(parts.get(k));
            if (c != null) return c;
        }
        return e instanceof Expr.Compare c ? c : null;
    }
}
