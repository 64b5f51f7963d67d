package org.cellscope.eval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.cellscope.ast.Operator;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/** + and * on str, list and tuple, and Java iteration over builtin iterables. */
final class Sequences {
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
        }
        return null;
    }

    private static PyObject repeat(PyObject seq, PyInt count) {
        long n = Math.max(0, count.isSmall() ? count.longValue() : count.signum() < 0 ? 0 : Long.MAX_VALUE);
        if (seq instanceof PyStr s) return PyStr.of(s.value().repeat((int) n));
        List<PyObject> items = toList(seq);
        List<PyObject> out = new ArrayList<>((int) Math.min(Integer.MAX_VALUE, items.size() * n));
        for (long i = 0; i < n; i++) out.addAll(items);
        return seq instanceof PyList ? new PyList(out) : PyTuple.of(out);
    }

    /** The items of a list or tuple directly; of any other iterable through iteration. */
    static List<PyObject> toList(PyObject o) {
        if (o instanceof PyList l) return l.items();
        if (o instanceof PyTuple t) return t.items();
        return Ops.toList(o);
    }

    /** A Java iterator over a builtin iterable, or null when o is not one. */
    static Iterator<PyObject> javaIterator(PyObject o) {
        if (o instanceof PyList l) return new ListIterator(l.items());
        if (o instanceof PyTuple t) return t.items().iterator();
        if (o instanceof PyRange r) return new RangeIterator(r);
        if (o instanceof PyStr s) return s.value().codePoints().mapToObj(c -> (PyObject) PyStr.of(Character.toString(c))).iterator();
        if (o instanceof PyDict d) return new ArrayList<>(d.map().keySet()).iterator();
        if (o instanceof PySet s) return new ArrayList<>(s.items()).iterator();
        return null;
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
