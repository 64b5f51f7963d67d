package org.cellscope.eval;

import java.util.List;
import java.util.Map;
import org.cellscope.ast.CmpOp;
import org.cellscope.ast.Operator;
import org.cellscope.ast.UnaryOperator;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
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
        // CPython's slot wrappers refuse keywords as "wrapper __add__()"; __getitem__ is a plain method there
        String shown = name.equals("__getitem__") ? t.name() + "." + name : "wrapper " + name;
        TypeMethods.keywordMethod(t, name, (a, kw) -> {
            if (kw != null && !kw.isEmpty()) throw Errors.typeError(shown + "() takes no keyword arguments");
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
        for (PyType t : new PyType[] {Types.INT, Types.FLOAT}) {
            method(t, "__neg__", 0, (a, kw) -> Ops.unary(UnaryOperator.USUB, a[0]));
            method(t, "__pos__", 0, (a, kw) -> Ops.unary(UnaryOperator.UADD, a[0]));
            method(t, "__abs__", 0, (a, kw) -> NumberBuiltins.abs(a[0]));
            method(t, "__bool__", 0, (a, kw) -> PyBool.of(Ops.truthy(a[0])));
            method(t, "__int__", 0, (a, kw) -> NumberParsing.toInt(a[0]));
            method(t, "__float__", 0, (a, kw) -> NumberParsing.toFloat(a[0]));
            method(t, "__trunc__", 0, (a, kw) -> NumberParsing.toInt(a[0]));
            method(t, "__floor__", 0, (a, kw) -> a[0] instanceof PyFloat f
                ? NumberParsing.floatToInt(Math.floor(f.value())) : NumberParsing.toInt(a[0]));
            method(t, "__ceil__", 0, (a, kw) -> a[0] instanceof PyFloat f
                ? NumberParsing.floatToInt(Math.ceil(f.value())) : NumberParsing.toInt(a[0]));
            TypeMethods.method(t, "__round__", 0, 1, (a, kw) ->
                NumberBuiltins.round(a[0], a.length < 2 || a[1] == PyNone.NONE ? null : Args.toInt(a[1])));
        }
        method(Types.INT, "__index__", 0, (a, kw) -> NumberParsing.toInt(a[0]));
        method(Types.INT, "__invert__", 0, (a, kw) -> Ops.unary(UnaryOperator.INVERT, a[0]));
        for (PyType t : new PyType[] {Types.STR, Types.LIST, Types.TUPLE}) {
            method(t, "__add__", 1, (a, kw) -> orNotImplemented(sameKind(a) ? Sequences.binary(Operator.ADD, a[0], a[1]) : null));
            method(t, "__mul__", 1, (a, kw) -> orNotImplemented(Sequences.binary(Operator.MULT, a[0], a[1])));
        }
        for (PyType t : new PyType[] {Types.INT, Types.FLOAT, Types.STR, Types.LIST, Types.TUPLE}) {
            COMPARISONS.forEach((name, op) -> method(t, name, 1,
                (a, kw) -> sameKind(a) ? PyBool.of(compareValues(op, a[0], a[1])) : PyNone.NOT_IMPLEMENTED));
        }
        for (String name : new String[] {"__eq__", "__ne__"}) {
            boolean eq = name.equals("__eq__");
            method(Types.DICT, name, 1, (a, kw) -> a[1] instanceof PyDict other ? PyBool.of(sameItems((PyDict) a[0], other) == eq)
                : PyNone.NOT_IMPLEMENTED);
        }
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            COMPARISONS.forEach((name, op) -> method(t, name, 1, (a, kw) -> {
                if (!(a[1] instanceof org.cellscope.runtime.PySet other)) return PyNone.NOT_IMPLEMENTED;
                org.cellscope.runtime.PySet self = (org.cellscope.runtime.PySet) a[0];
                boolean equal = self.items().equals(other.items());
                return PyBool.of(op == CmpOp.EQ ? equal : op == CmpOp.NOT_EQ ? !equal : SetMethods.order(op, self, other));
            }));
        }
        for (PyType t : new PyType[] {Types.STR, Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE}) {
            method(t, "__len__", 0, (a, kw) -> PyInt.of(Ops.len(a[0])));
            method(t, "__contains__", 1, (a, kw) -> PyBool.of(containsValue(a[0], a[1])));
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

    /** {@code f.__call__}: lessons test hasattr(f, "__call__") to tell a callable apart; calling it calls f. */
    static void installCall() {
        for (PyType t : new PyType[] {Types.FUNCTION, Types.BUILTIN_FUNCTION, Types.METHOD}) {
            TypeMethods.keywordMethod(t, "__call__", (a, kw) -> Calls.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        }
    }

    /** Both operands of the same builtin kind (an int method takes ints, a float method ints and floats; subclasses count). */
    private static boolean sameKind(PyObject[] a) {
        PyObject self = a[0], other = a[1];
        if (self instanceof PyFloat) return other instanceof PyFloat || other instanceof PyInt;
        if (self instanceof PyInt) return other instanceof PyInt;
        if (self instanceof PyStr) return other instanceof PyStr;
        if (self instanceof PyList) return other instanceof PyList;
        return self instanceof PyTuple && other instanceof PyTuple;
    }

    /**
     * A comparison of the builtin values themselves. Not through Ops.compare: for an instance of a
     * class derived from list or str, that would find this very method again.
     */
    private static boolean compareValues(CmpOp op, PyObject a, PyObject b) {
        if (!(a instanceof PyList || a instanceof PyTuple || a instanceof PyStr)) return Ops.truthy(Ops.compare(op, a, b));
        int c;
        if (a instanceof PyStr x) {
            c = StrMethods.compare(x.value(), ((PyStr) b).value());
        } else {
            List<PyObject> x = Sequences.toList(a), y = Sequences.toList(b);
            int i = 0;
            while (i < x.size() && i < y.size() && Ops.sameOrEqual(x.get(i), y.get(i))) i++;
            if (i < x.size() && i < y.size()) {
                if (op == CmpOp.EQ) return false;
                if (op == CmpOp.NOT_EQ) return true;
                return Ops.truthy(Ops.compare(op, x.get(i), y.get(i)));
            }
            c = Integer.compare(x.size(), y.size());
        }
        return switch (op) {
            case EQ -> c == 0;
            case NOT_EQ -> c != 0;
            case LT -> c < 0;
            case LT_E -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    private static boolean sameItems(PyDict x, PyDict y) {
        if (x.map().size() != y.map().size()) return false;
        for (Map.Entry<PyObject, PyObject> e : x.map().entrySet()) {
            PyObject v = y.map().get(e.getKey());
            if (v == null || !Ops.sameOrEqual(e.getValue(), v)) return false;
        }
        return true;
    }

    /** x in a builtin container, on its own items (see compareValues for why not Ops.contains). */
    private static boolean containsValue(PyObject container, PyObject item) {
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr i)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
            }
            return s.value().contains(i.value());
        }
        if (container instanceof PyDict d) return d.map().containsKey(Hashing.key(item));
        if (container instanceof org.cellscope.runtime.PySet s) return s.items().contains(Hashing.key(item));
        if (container instanceof org.cellscope.runtime.PyRange r) return SequenceMethods.rangeIndex(r, item) >= 0;
        for (PyObject x : Sequences.toList(container)) if (Ops.sameOrEqual(x, item)) return true;
        return false;
    }

    private static PyObject orNotImplemented(PyObject r) { return r == null ? PyNone.NOT_IMPLEMENTED : r; }
}
