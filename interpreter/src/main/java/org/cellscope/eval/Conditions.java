package org.cellscope.eval;

import org.cellscope.ast.Expr;
import org.cellscope.ast.UnaryOperator;
import org.cellscope.runtime.PyObject;

/**
 * The test of a conditional jump (if, elif, while, assert, a conditional expression), compiled
 * as CPython's compiler_jump_if does: {@code not}, {@code and}/{@code or} and nested conditional
 * expressions become jumps of their own, so the truth of each operand is asked once. Over several
 * lines each jump reports its line: a comparison jumps on its own line, any other test on the
 * line of the statement or expression that jumps.
 */
final class Conditions {

    /** A compiled test: evaluates the condition and answers its truth. */
    @FunctionalInterface
    interface Test {
        boolean test(PyFrame f);
    }

    private final ExprCompiler exprs;

    Conditions(ExprCompiler exprs) { this.exprs = exprs; }

    Test compile(Expr e, int jumpLine) {
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) {
            Test operand = compile(u.operand(), jumpLine);
            return f -> !operand.test(f);
        }
        if (e instanceof Expr.BoolOp b) {
            Test[] operands = b.values().stream().map(v -> compile(v, jumpLine)).toArray(Test[]::new);
            boolean isAnd = b.isAnd();
            return f -> {
                for (Test t : operands) {
                    if (t.test(f) != isAnd) return !isAnd;
                }
                return isAnd;
            };
        }
        if (e instanceof Expr.IfExp i) {
            Test test = compile(i.test(), jumpLine), body = compile(i.body(), jumpLine), orelse = compile(i.orelse(), jumpLine);
            return f -> test.test(f) ? body.test(f) : orelse.test(f);
        }
        Eval value = exprs.compile(e);
        if (!exprs.tracking() || e instanceof Expr.Compare) return f -> Ops.truthy(value.eval(f));
        return f -> {
            PyObject v = value.eval(f);
            f.traceLine(jumpLine);
            return Ops.truthy(v);
        };
    }

    /**
     * The comparison whose jump is compiled last in a test, or null when that jump is the
     * statement's: where CPython goes on after the test (a failing assert raises there).
     */
    static Expr.Compare lastJump(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) return lastJump(u.operand());
        if (e instanceof Expr.BoolOp b) return lastJump(b.values().get(b.values().size() - 1));
        if (e instanceof Expr.IfExp i) return lastJump(i.orelse());
        return e instanceof Expr.Compare c ? c : null;
    }
}
