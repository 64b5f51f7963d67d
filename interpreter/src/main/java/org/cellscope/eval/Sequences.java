package org.cellscope.eval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.cellscope.ast.Operator;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** + and * on str, list and tuple, and Java iteration over builtin iterables. */
public final class Sequences {
    private Sequences() {}

    static PyObject binary(Operator op, PyObject a, PyObject b) {
        if (op == Operator.ADD) {
            if (a instanceof PyStr x && b instanceof PyStr y) return PyStr.of(x.value() + y.value());
            if (a instanceof PyList x && b instanceof PyList y) {
                PyList r = new PyList(x.items());
                r.items().addAll(y.items());
                return r;
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                List<PyObject> r = new ArrayList<>(x.items());
                r.addAll(y.items());
                return PyTuple.of(r);
            }
        } else if (op == Operator.MULT) {
            if (b instanceof PyInt n && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) return repeat(a, n);
            if (a instanceof PyInt n && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple)) return repeat(b, n);
        } else if (op == Operator.MOD && a instanceof PyStr s) {
            return PyStr.of(PercentFormat.format(s.value(), b));
        } else if (op == Operator.BITOR && a instanceof PyDict x && b instanceof PyDict y) {
            PyDict r = new PyDict();
            r.map().putAll(x.map());
            r.map().putAll(y.map());
            return r;
        }
        PyObject r = SetMethods.binary(op, a, b);
        if (r == null && (isSetView(a) || isSetView(b))) r = viewBinary(op, a, b);
        return r;
    }

    private static boolean isSetView(PyObject o) {
        return o instanceof DictView v && v.setLike();
    }

    /** The in-place forms that change their left operand: list *= n, dict |= pairs, and the set operators. */
    static PyObject inplace(Operator op, PyObject a, PyObject b) {
        if (op == Operator.MULT && a instanceof PyList l && b instanceof PyInt n) {
            List<PyObject> repeated = ((PyList) repeat(l, n)).items();
            l.items().clear();
            l.items().addAll(repeated);
            return l;
        }
        if (op == Operator.BITOR && a instanceof PyDict d) {
            DictMethods.update(d, b);
            return d;
        }
        return SetMethods.inplace(op, a, b);
    }

    /**
     * Set operators with a keys or items view on either side and any iterable on the other, as
     * dictviews_* compute them: a set of the left operand, then the right one merged in.
     */
    private static PyObject viewBinary(Operator op, PyObject a, PyObject b) {
        switch (op) {
            case BITAND: {
                // dictviews_and puts the view first whichever side it came from
                DictView v = (DictView) (isSetView(a) ? a : b);
                PyObject other = v == a ? b : a;
                if (other instanceof PySet s && s.items().size() >= v.dict.map().size()) return SetMethods.intersection(s, v);
                PySet r = new PySet(false);
                for (PyObject x : Ops.toList(other)) if (Ops.contains(v, x)) r.items().add(x);
                return r;
            }
            case BITOR: {
                PySet r = SetMethods.of(false, a);
                SetMethods.update(r, b);
                return r;
            }
            case SUB: {
                PySet r = SetMethods.of(false, a);
                SetMethods.removeAll(r, b);
                return r;
            }
            case BITXOR: {
                PySet r = SetMethods.of(false, a);
                SetMethods.symmetricDifferenceUpdate(r, b);
                return r;
            }
            default: return null;
        }
    }

    static PyObject repeat(PyObject seq, PyInt count) {
        if (!count.isSmall() && count.signum() > 0) {
            throw Errors.raise(Errors.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        long n = count.isSmall() ? Math.max(0, count.longValue()) : 0;
        int size = seq instanceof PyStr s ? s.value().length() : toList(seq).size();
        // CPython's limits: the length must fit in a Py_ssize_t, and then in memory (here, a Java array)
        if (size > 0 && n > Long.MAX_VALUE / size) {
            if (seq instanceof PyStr) throw Errors.raise(Errors.OVERFLOW_ERROR, "repeated string is too long");
            throw Errors.raise(Errors.MEMORY_ERROR, null);
        }
        Errors.requireAllocatable(size * n);
        if (seq instanceof PyStr s) return PyStr.of(s.value().repeat((int) n));
        List<PyObject> items = toList(seq);
        List<PyObject> out = new ArrayList<>((int) (size * n));
        for (long i = 0; i < n; i++) out.addAll(items);
        return seq instanceof PyList ? new PyList(out) : PyTuple.of(out);
    }

    /** The items of a list or tuple directly; of any other iterable through iteration. */
    static List<PyObject> toList(PyObject o) {
        if (o instanceof PyList l) return l.items();
        if (o instanceof PyTuple t) return t.items();
        return Ops.toList(o);
    }

    /**
     * The items of an iterable as list(x), tuple(x), sorted(x) and list.extend(x) collect them:
     * the iterator first, then CPython's length hint (which may call the object's __len__ or
     * __length_hint__), then the items.
     */
    public static List<PyObject> listFrom(PyObject iterable) {
        if (iterable instanceof PyList l) return new ArrayList<>(l.items());
        if (iterable instanceof PyTuple t) return t.items();
        PyObject it = Ops.iter(iterable);
        lengthHint(iterable);
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) out.add(x);
        return out;
    }

    /** PyObject_LengthHint, for the Python code it runs: a class's __len__, else its __length_hint__. */
    static void lengthHint(PyObject o) {
        if (o instanceof ReversedSequence r) {
            r.lengthHint();
            return;
        }
        PyType t = o.type();
        if (!t.isUserDefined()) return; // builtin lengths run no Python code
        if (t.lookup("__len__") != null) {
            try {
                Ops.len(o);
                return;
            } catch (org.cellscope.runtime.PyRaise r) {
                if (!r.exception().type().isSubtypeOf(Errors.TYPE_ERROR)) throw r;
            }
        }
        PyObject hint = t.lookup("__length_hint__");
        if (hint != null) Calls.call(hint, new PyObject[] {o}, null);
    }

    /** Whether iter(o) would succeed, without starting an iteration. */
    static boolean isIterable(PyObject o) {
        if (o instanceof org.cellscope.runtime.PyIter || o instanceof PyGenerator || javaIterator(o) != null) return true;
        return o.type().lookup("__iter__") != null || o.type().isUserDefined() && o.type().lookup("__getitem__") != null
            || o.type().lookup("__next__") != null;
    }

    /** A Java iterator over a builtin iterable, or null when o is not one. */
    /** True for the builtin iterables {@link #javaIterator} walks, without making an iterator. */
    static boolean isBuiltinIterable(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || o instanceof PyStr
            || o instanceof PyDict || o instanceof DictView || o instanceof PySet;
    }

    static Iterator<PyObject> javaIterator(PyObject o) {
        if (o instanceof PyList l) return new ListIterator(l.items());
        if (o instanceof PyTuple t) return t.items().iterator();
        if (o instanceof PyRange r) return new RangeIterator(r);
        if (o instanceof PyStr s) return s.value().codePoints().mapToObj(c -> (PyObject) PyStr.of(Character.toString(c))).iterator();
        if (o instanceof PyDict d) return new DictView(d, DictView.Kind.KEYS).iterator();
        if (o instanceof DictView v) return v.iterator();
        if (o instanceof PySet s) return new SetIterator(s);
        return null;
    }

    /** Walks a set's live table; CPython refuses to go on once the set changed size. */
    private static final class SetIterator implements Iterator<PyObject> {
        private final PySet set;
        private final Iterator<PyObject> entries;
        private final int size;

        SetIterator(PySet set) {
            this.set = set;
            this.entries = set.items().iterator();
            this.size = set.items().size();
        }

        @Override
        public boolean hasNext() {
            if (set.items().size() != size) throw Errors.raise(Errors.RUNTIME_ERROR, "Set changed size during iteration");
            return entries.hasNext();
        }

        @Override
        public PyObject next() { return entries.next(); }
    }

    /** Iterates a list by index, as CPython does, so appending during a loop is seen. */
    private static final class ListIterator implements Iterator<PyObject> {
        private final List<PyObject> items;
        private int index;

        ListIterator(List<PyObject> items) { this.items = items; }

        @Override
        public boolean hasNext() { return index < items.size(); }

        @Override
        public PyObject next() {
            if (index >= items.size()) throw new NoSuchElementException();
            return items.get(index++);
        }
    }

    private static final class RangeIterator implements Iterator<PyObject> {
        private final PyRange range;
        private final long length;
        private long index;

        RangeIterator(PyRange range) {
            this.range = range;
            this.length = range.length();
        }

        @Override
        public boolean hasNext() { return index < length; }

        @Override
        public PyObject next() { return PyInt.of(range.get(index++)); }
    }
}
