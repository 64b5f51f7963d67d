package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PySlice;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** Subscription: {@code obj[key]}, assignment to it and {@code del}, with slices. */
public final class Items {
    private Items() {}

    public static PyObject getItem(PyObject obj, PyObject key) {
        if (obj instanceof PyDict d) {
            PyObject v = d.map().get(Hashing.key(key));
            if (v != null) return v;
            PyObject missing = d.type().isUserDefined() ? d.type().lookup("__missing__") : null;
            if (missing != null) return Calls.call(missing, new PyObject[] {d, key}, null);
            throw keyError(key);
        }
        if (obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyStr || obj instanceof PyRange) {
            String what = obj.type().builtinBase().name(); // a subclass of list still says "list index out of range"
            if (key instanceof PySlice s) return slice(obj, s);
            List<PyObject> items = obj instanceof PyStr str ? chars(str.value()) : obj instanceof PyRange r ? null : Sequences.toList(obj);
            long size = items != null ? items.size() : ((PyRange) obj).length();
            int i = index(key, size, what);
            if (obj instanceof PyRange r) return PyInt.of(r.get(i));
            return items.get(i);
        }
        PyType t = obj.type();
        if (t.isUserDefined()) {
            PyObject m = t.lookup("__getitem__");
            if (m != null) return Calls.call(m, new PyObject[] {obj, key}, null);
        }
        if (obj instanceof PyType type) {
            if (TypeHints.isGeneric(type)) return TypeHints.subscript(type, key);
            throw Errors.typeError("type '" + type.name() + "' is not subscriptable");
        }
        throw Errors.typeError("'" + t.name() + "' object is not subscriptable");
    }

    public static void setItem(PyObject obj, PyObject key, PyObject value) {
        if (obj instanceof PyDict d) {
            d.map().put(Hashing.key(key), value);
        } else if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                SliceIndices ix = SliceIndices.of(s, l.items().size());
                if (!Sequences.isIterable(value)) throw Errors.typeError("can only assign an iterable");
                List<PyObject> repl = new ArrayList<>(Sequences.toList(value));
                if (ix.step() != 1) {
                    List<Integer> at = ix.indices();
                    if (at.size() != repl.size()) {
                        throw Errors.valueError("attempt to assign sequence of size " + repl.size() + " to extended slice of size " + at.size());
                    }
                    for (int i = 0; i < at.size(); i++) l.items().set(at.get(i), repl.get(i));
                    return;
                }
                List<PyObject> sub = l.items().subList(ix.start(), Math.max(ix.start(), ix.stop()));
                sub.clear();
                sub.addAll(repl);
            } else {
                l.items().set(index(key, l.items().size(), "list assignment"), value);
            }
        } else if (obj.type().isUserDefined() && obj.type().lookup("__setitem__") != null) {
            Calls.call(obj.type().lookup("__setitem__"), new PyObject[] {obj, key, value}, null);
        } else {
            throw Errors.typeError("'" + obj.type().name() + "' object does not support item assignment");
        }
    }

    public static void delItem(PyObject obj, PyObject key) {
        if (obj instanceof PyDict d) {
            if (d.map().remove(Hashing.key(key)) == null) throw keyError(key);
        } else if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                SliceIndices ix = SliceIndices.of(s, l.items().size());
                List<Integer> idx = ix.indices();
                idx.sort((a, b) -> b - a);
                for (int i : idx) l.items().remove(i);
            } else {
                l.items().remove(index(key, l.items().size(), "list assignment"));
            }
        } else if (obj.type().isUserDefined() && obj.type().lookup("__delitem__") != null) {
            Calls.call(obj.type().lookup("__delitem__"), new PyObject[] {obj, key}, null);
        } else {
            throw Errors.typeError("'" + obj.type().name() + "' object doesn't support item deletion");
        }
    }

    static PyRaise keyError(PyObject key) {
        return new PyRaise(new org.cellscope.runtime.PyBaseException(Errors.KEY_ERROR, PyTuple.of(key)));
    }

    private static List<PyObject> chars(String s) {
        List<PyObject> out = new ArrayList<>();
        s.codePoints().forEach(c -> out.add(PyStr.of(Character.toString(c))));
        return out;
    }

    private static int index(PyObject key, long size, String what) {
        PyInt k = indexValue(key);
        if (k == null) {
            if (what.equals("str")) throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
            String kind = what.equals("list assignment") ? "list" : what;
            throw Errors.typeError(kind + " indices must be integers or slices, not " + key.type().name());
        }
        if (!k.isSmall() && !what.equals("range")) throw Errors.raise(Errors.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        long i = k.isSmall() ? k.longValue() : Long.MAX_VALUE;
        if (i < 0) i += size;
        if (i < 0 || i >= size) {
            String label = what.equals("str") ? "string" : what.equals("range") ? "range object" : what;
            throw Errors.raise(Errors.INDEX_ERROR, label + " index out of range");
        }
        return (int) i;
    }

    private static PyObject slice(PyObject obj, PySlice s) {
        if (obj instanceof PyStr str) {
            int[] cps = str.value().codePoints().toArray();
            SliceIndices ix = SliceIndices.of(s, cps.length);
            StringBuilder sb = new StringBuilder();
            for (int i : ix.indices()) sb.appendCodePoint(cps[i]);
            return PyStr.of(sb.toString());
        }
        if (obj instanceof PyRange r) {
            SliceIndices ix = SliceIndices.of(s, r.length());
            return new PyRange(r.get(ix.start()), r.get(ix.stop()), r.step * ix.step());
        }
        List<PyObject> items = Sequences.toList(obj);
        List<PyObject> out = new ArrayList<>();
        for (int i : SliceIndices.of(s, items.size()).indices()) out.add(items.get(i));
        return obj instanceof PyList ? new PyList(out) : PyTuple.of(out);
    }

    /** CPython's PySlice_GetIndicesEx: clamps start/stop for a sequence of the given length. */
    /** o as an index: an int, or what its class's __index__ returns; null when it is neither. */
    static PyInt indexValue(PyObject o) {
        if (o instanceof PyInt i) return i;
        return o.type().isUserDefined() && o.type().lookup("__index__") != null ? Args.toInt(o) : null;
    }

    /** A slice bound or str.find's start and end, as _PyEval_SliceIndex: an int, with huge ones clamped. */
    static long sliceIndex(PyObject o) {
        PyInt i = indexValue(o);
        if (i != null) return i.isSmall() ? i.longValue() : (i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    record SliceIndices(int start, int stop, int step) {
        static SliceIndices of(PySlice s, long length) {
            long step = s.step == PyNone.NONE ? 1 : sliceIndex(s.step);
            if (step == 0) throw Errors.valueError("slice step cannot be zero");
            long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
            long start = s.start == PyNone.NONE ? (step < 0 ? upper : lower) : clamp(sliceIndex(s.start), length, lower, upper);
            long stop = s.stop == PyNone.NONE ? (step < 0 ? lower : upper) : clamp(sliceIndex(s.stop), length, lower, upper);
            return new SliceIndices((int) start, (int) stop, (int) step);
        }

        private static long clamp(long v, long length, long lower, long upper) {
            if (v < 0) v = Math.max(v + length, lower);
            else v = Math.min(v, upper);
            return v;
        }


        List<Integer> indices() {
            List<Integer> out = new ArrayList<>();
            if (step > 0) for (int i = start; i < stop; i += step) out.add(i);
            else for (int i = start; i > stop; i += step) out.add(i);
            return out;
        }
    }
}
