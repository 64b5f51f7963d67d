package org.cellscope.eval;

import java.util.List;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Operator;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/** What CPython's AST optimiser computes at compile time, which changes the lines a trace reports. */
final class ConstantFolding {
    private ConstantFolding() {}

    /**
     * CPython's AST optimiser folds operations on constants and tuples of constants at compile
     * time: one constant, loaded on one line. Strings and tuples fold for + and * up to CPython's
     * limits (4096 characters, 256 items) and never for %.
     */
    static PyObject folded(Expr e) {
        try {
            if (e instanceof Expr.BinOp b) {
                PyObject l = folded(b.left()), r = folded(b.right());
                if (l == null || r == null || b.op() == Operator.POW) return null;
                if (l instanceof PyStr || r instanceof PyStr || l instanceof PyTuple || r instanceof PyTuple) {
                    if (b.op() != Operator.ADD && b.op() != Operator.MULT) return null;
                    PyObject v = Sequences.binary(b.op(), l, r);
                    return v instanceof PyStr str && str.value().length() <= 4096
                        || v instanceof PyTuple t && t.size() <= 256 ? v : null;
                }
                return Arith.binary(b.op(), l, r);
            }
            if (e instanceof Expr.UnaryOp u && u.op() == org.cellscope.ast.UnaryOperator.USUB) {
                PyObject v = folded(u.operand());
                return v == null ? null : Ops.unary(u.op(), v);
            }
        } catch (org.cellscope.runtime.PyRaise r) {
            return null; // 1/0 stays an operation that fails at run time
        }
        if (e instanceof Expr.Tuple t) {
            PyObject[] items = new PyObject[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = folded(t.elts().get(i));
                if (items[i] == null) return null;
            }
            return PyTuple.of(items);
        }
        if (e instanceof Expr.IntLit i) return PyInt.of(i.value());
        if (e instanceof Expr.FloatLit fl) return new PyFloat(fl.value());
        if (e instanceof Expr.StrLit str) return PyStr.of(str.value());
        if (e instanceof Expr.BoolLit b) return PyBool.of(b.value());
        if (e instanceof Expr.NoneLit) return PyNone.NONE;
        if (e instanceof Expr.EllipsisLit) return PyNone.ELLIPSIS;
        return null;
    }

    /** A list or set display of three or more constants is built from one folded constant, on its line. */
    static boolean constantDisplay(Expr e) {
        List<Expr> elts = e instanceof Expr.ListExpr l ? l.elts() : e instanceof Expr.SetExpr st ? st.elts() : null;
        return elts != null && elts.size() >= 3 && elts.stream().allMatch(x -> folded(x) != null);
    }
}
