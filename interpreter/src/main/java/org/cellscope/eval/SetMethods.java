package org.cellscope.eval;

import java.util.List;
import org.cellscope.ast.CmpOp;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Operator;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.SetTable;
import org.cellscope.runtime.Types;

/** set and frozenset: methods, operators and comparisons, building results in the order CPython's set_* functions do. */
final class SetMethods {
    private SetMethods() {}

    static void install() {
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            boolean frozen = t == Types.FROZENSET;
            TypeMethods.method(t, "copy", 0, 0, (a, kw) -> copy(self(a), frozen));
            TypeMethods.method(t, "union", (a, kw) -> {
                PySet r = copy(self(a), frozen);
                for (int i = 1; i < a.length; i++) update(r, a[i]);
                return r;
            });
            TypeMethods.method(t, "intersection", (a, kw) -> {
                PySet r = self(a);
                for (int i = 1; i < a.length; i++) r = intersection(r, a[i]);
                return a.length == 1 ? copy(r, frozen) : r;
            });
            TypeMethods.method(t, "difference", (a, kw) -> {
                if (a.length == 1) return copy(self(a), frozen);
                PySet r = difference(self(a), a[1]);
                for (int i = 2; i < a.length; i++) removeAll(r, a[i]);
                return r;
            });
            TypeMethods.method(t, "symmetric_difference", 1, 1, (a, kw) -> symmetricDifference(self(a), a[1]));
            TypeMethods.method(t, "issubset", 1, 1, (a, kw) -> PyBool.of(subset(self(a), asSet(a[1]))));
            TypeMethods.method(t, "issuperset", 1, 1, (a, kw) -> PyBool.of(subset(asSet(a[1]), self(a))));
            TypeMethods.method(t, "isdisjoint", 1, 1, (a, kw) -> {
                for (PyObject x : Ops.toList(a[1])) if (self(a).items().contains(Hashing.key(x))) return PyBool.FALSE;
                return PyBool.TRUE;
            });
        }
        PyType t = Types.SET;
        TypeMethods.method(t, "add", 1, 1, (a, kw) -> { self(a).items().add(Hashing.key(a[1])); return PyNone.NONE; });
        TypeMethods.method(t, "discard", 1, 1, (a, kw) -> { self(a).items().remove(memberKey(a[1])); return PyNone.NONE; });
        TypeMethods.method(t, "remove", 1, 1, (a, kw) -> {
            if (!self(a).items().remove(memberKey(a[1]))) throw Items.keyError(a[1]);
            return PyNone.NONE;
        });
        TypeMethods.method(t, "pop", 0, 0, (a, kw) -> {
            PyObject x = self(a).items().pop();
            if (x == null) throw Errors.raise(Errors.KEY_ERROR, "pop from an empty set");
            return x;
        });
        TypeMethods.method(t, "clear", 0, 0, (a, kw) -> { self(a).items().clear(); return PyNone.NONE; });
        TypeMethods.method(t, "update", (a, kw) -> {
            for (int i = 1; i < a.length; i++) update(self(a), a[i]);
            return PyNone.NONE;
        });
        TypeMethods.method(t, "difference_update", (a, kw) -> {
            for (int i = 1; i < a.length; i++) removeAll(self(a), a[i]);
            return PyNone.NONE;
        });
        TypeMethods.method(t, "intersection_update", (a, kw) -> {
            PySet r = self(a);
            for (int i = 1; i < a.length; i++) r = intersection(r, a[i]);
            replace(self(a), r);
            return PyNone.NONE;
        });
        TypeMethods.method(t, "symmetric_difference_update", 1, 1, (a, kw) -> {
            symmetricDifferenceUpdate(self(a), a[1]);
            return PyNone.NONE;
        });
    }

    private static PySet self(PyObject[] a) { return (PySet) a[0]; }

    /**
     * A set display's value. CPython compiles a display of three or more constants to a frozenset
     * constant that then updates an empty set; the order of the members follows both tables.
     */
    static PySet display(List<PyObject> items, boolean constant) {
        if (!constant) {
            PySet set = new PySet(false);
            for (PyObject x : items) set.items().add(Hashing.key(x));
            return set;
        }
        PySet folded = new PySet(true);
        for (PyObject x : items) folded.items().add(x);
        return copy(folded, false);
    }

    /** True for displays CPython folds to a constant: at least three members, each a literal after constant folding. */
    static boolean isConstantDisplay(List<Expr> elts) {
        if (elts.size() < 3) return false;
        for (Expr e : elts) if (!isConstant(e)) return false;
        return true;
    }

    private static boolean isConstant(Expr e) {
        if (e instanceof Expr.UnaryOp u) return u.op() != org.cellscope.ast.UnaryOperator.NOT && isConstant(u.operand());
        if (e instanceof Expr.BinOp b) return isConstant(b.left()) && isConstant(b.right());
        if (e instanceof Expr.Tuple t) return t.elts().stream().allMatch(SetMethods::isConstant);
        return e instanceof Expr.IntLit || e instanceof Expr.FloatLit || e instanceof Expr.StrLit || e instanceof Expr.BoolLit
            || e instanceof Expr.NoneLit || e instanceof Expr.EllipsisLit;
    }

    /** A new set or frozenset of the items of an iterable (set_update_internal's three ways). */
    static PySet of(boolean frozen, PyObject iterable) {
        PySet s = new PySet(frozen);
        if (iterable != null) update(s, iterable);
        return s;
    }

    /** The key to look a value up by in a set: a set stands for the frozenset of its members, as set_contains retries. */
    static PyObject memberKey(PyObject o) {
        return o instanceof PySet s && !s.frozen() ? copy(s, true) : Hashing.key(o);
    }

    static PySet copy(PySet s, boolean frozen) {
        PySet r = new PySet(frozen);
        r.items().merge(s.items());
        return r;
    }

    static void update(PySet s, PyObject iterable) {
        if (iterable instanceof PySet other) {
            s.items().merge(other.items());
        } else if (iterable instanceof PyDict d) {
            s.items().reserve(d.map().size());
            for (PyObject k : d.map().keySet()) s.items().add(k);
        } else {
            for (PyObject x : Ops.toList(iterable)) s.items().add(Hashing.key(x));
        }
    }

    private static PySet asSet(PyObject o) { return o instanceof PySet s ? s : of(true, o); }

    /** set_intersection: walks the smaller set, keeping the walked set's members. */
    static PySet intersection(PySet a, PyObject other) {
        PySet result = new PySet(a.frozen());
        if (other instanceof PySet b) {
            PySet small = b.items().size() > a.items().size() ? a : b, big = small == a ? b : a;
            for (PyObject x : small.items()) if (big.items().contains(x)) result.items().add(x);
            return result;
        }
        for (PyObject x : Ops.toList(other)) if (a.items().contains(Hashing.key(x))) result.items().add(x);
        return result;
    }

    /** set_difference: walks a unless it is much bigger than other, then copies a and discards. */
    static PySet difference(PySet a, PyObject other) {
        int otherSize = other instanceof PySet o ? o.items().size() : other instanceof PyDict d ? d.map().size() : -1;
        if (otherSize < 0 || (a.items().size() >> 2) > otherSize) {
            PySet r = copy(a, a.frozen());
            removeAll(r, other);
            return r;
        }
        PySet result = new PySet(a.frozen());
        for (PyObject x : a.items()) if (!Ops.contains(other, x)) result.items().add(x);
        return result;
    }

    static void removeAll(PySet s, PyObject other) {
        if (other == s) {
            s.items().clear();
            return;
        }
        for (PyObject x : Ops.toList(other)) s.items().remove(Hashing.key(x));
    }

    /** set_symmetric_difference: a copy of other, then a's members toggled in it. */
    static PySet symmetricDifference(PySet a, PyObject other) {
        PySet r = of(a.frozen(), other);
        symmetricDifferenceUpdate(r, a);
        return r;
    }

    static void symmetricDifferenceUpdate(PySet s, PyObject other) {
        if (other == s) {
            s.items().clear();
            return;
        }
        PySet o = other instanceof PySet set ? set : of(false, other);
        for (PyObject x : List.copyOf(o.items())) if (!s.items().remove(x)) s.items().add(x);
    }

    private static void replace(PySet s, PySet with) {
        if (with == s) return;
        SetTable items = s.items();
        items.clear();
        items.merge(with.items());
    }

    private static boolean subset(PySet a, PySet b) {
        if (a.items().size() > b.items().size()) return false;
        for (PyObject x : a.items()) if (!b.items().contains(x)) return false;
        return true;
    }

    /** Set comparisons are subset tests. */
    static boolean order(CmpOp op, PySet a, PySet b) {
        return switch (op) {
            case LT -> a.items().size() < b.items().size() && subset(a, b);
            case LT_E -> subset(a, b);
            case GT -> a.items().size() > b.items().size() && subset(b, a);
            default -> subset(b, a);
        };
    }

    /** set |= -= &= ^= another set: the left set changes in place (a frozenset makes a new one). */
    static PyObject inplace(Operator op, PyObject left, PyObject right) {
        if (!(left instanceof PySet a) || a.frozen() || !(right instanceof PySet)) return null;
        switch (op) {
            case BITOR: update(a, right); break;
            case SUB: removeAll(a, right); break;
            case BITAND: replace(a, intersection(a, right)); break;
            case BITXOR: symmetricDifferenceUpdate(a, right); break;
            default: return null;
        }
        return a;
    }

    /** | & - ^ between sets; the result has the left operand's type. Null when the operands are not both sets. */
    static PyObject binary(Operator op, PyObject left, PyObject right) {
        if (!(left instanceof PySet a) || !(right instanceof PySet)) return null;
        switch (op) {
            case BITOR: {
                PySet r = copy(a, a.frozen());
                update(r, right);
                return r;
            }
            case BITAND: return intersection(a, right);
            case SUB: return difference(a, right);
            case BITXOR: return symmetricDifference(a, right);
            default: return null;
        }
    }
}
