package org.cellscope.eval;

import java.util.Map;
import org.cellscope.ast.CmpOp;
import org.cellscope.ast.Operator;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/**
 * The special methods of the builtin types, for programs that call them by name
 * ({@code "abc".__len__()}, {@code (5).__add__(3)}). The operators themselves do not go
 * through these: they stay on the fast paths of Ops, Arith and Sequences.
 */
final class BuiltinDunders {
    private BuiltinDunders() {}

    private static final Map<String, Operator> ARITHMETIC = Map.of("__add__", Operator.ADD, "__sub__", Operator.SUB,
        "__mul__", Operator.MULT, "__truediv__", Operator.DIV, "__floordiv__", Operator.FLOORDIV, "__mod__", Operator.MOD,
        "__pow__", Operator.POW);
    private static final Map<String, CmpOp> COMPARISONS = Map.of("__eq__", CmpOp.EQ, "__ne__", CmpOp.NOT_EQ, "__lt__", CmpOp.LT,
        "__le__", CmpOp.LT_E, "__gt__", CmpOp.GT, "__ge__", CmpOp.GT_E);

    private static void method(PyType t, String name, int argc, org.cellscope.runtime.PyBuiltin.Body body) {
        TypeMethods.method(t, name, (a, kw) -> {
            if (a.length - 1 != argc) {
                throw Errors.typeError("expected " + argc + " argument" + (argc == 1 ? "" : "s") + ", got " + (a.length - 1));
            }
            return body.call(a, kw);
        });
    }

    static void install() {
        for (PyType t : new PyType[] {Types.INT, Types.FLOAT}) {
            ARITHMETIC.forEach((name, op) -> {
                method(t, name, 1, (a, kw) -> orNotImplemented(sameKind(a) ? Arith.binary(op, a[0], a[1]) : null));
                String reflected = "__r" + name.substring(2);
                method(t, reflected, 1, (a, kw) -> orNotImplemented(sameKind(a) ? Arith.binary(op, a[1], a[0]) : null));
            });
        }
        for (PyType t : new PyType[] {Types.STR, Types.LIST, Types.TUPLE}) {
            method(t, "__add__", 1, (a, kw) -> orNotImplemented(a[1].type() == a[0].type() ? Sequences.binary(Operator.ADD, a[0], a[1]) : null));
            method(t, "__mul__", 1, (a, kw) -> orNotImplemented(Sequences.binary(Operator.MULT, a[0], a[1])));
        }
        for (PyType t : new PyType[] {Types.INT, Types.FLOAT, Types.STR, Types.LIST, Types.TUPLE}) {
            COMPARISONS.forEach((name, op) -> method(t, name, 1,
                (a, kw) -> sameKind(a) ? Ops.compare(op, a[0], a[1]) : PyNone.NOT_IMPLEMENTED));
        }
        for (PyType t : new PyType[] {Types.STR, Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE}) {
            method(t, "__len__", 0, (a, kw) -> PyInt.of(Ops.len(a[0])));
            method(t, "__contains__", 1, (a, kw) -> PyBool.of(Ops.contains(a[0], a[1])));
            method(t, "__iter__", 0, (a, kw) -> Ops.iter(a[0]));
            if (t != Types.SET && t != Types.FROZENSET) method(t, "__getitem__", 1, (a, kw) -> Items.getItem(a[0], a[1]));
        }
        for (PyType t : new PyType[] {Types.LIST, Types.DICT}) {
            method(t, "__setitem__", 2, (a, kw) -> {
                Items.setItem(a[0], a[1], a[2]);
                return PyNone.NONE;
            });
            method(t, "__delitem__", 1, (a, kw) -> {
                Items.delItem(a[0], a[1]);
                return PyNone.NONE;
            });
        }
    }

    /** Both operands of the same builtin kind (an int method takes ints, a float method ints and floats). */
    private static boolean sameKind(PyObject[] a) {
        PyObject self = a[0], other = a[1];
        if (self instanceof PyFloat) return other instanceof PyFloat || other instanceof PyInt;
        if (self instanceof PyInt) return other instanceof PyInt;
        return self.type() == other.type();
    }

    private static PyObject orNotImplemented(PyObject r) { return r == null ? PyNone.NOT_IMPLEMENTED : r; }
}
