package org.cellscope.eval;

import java.util.Collections;
import java.util.List;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** The list and tuple methods. */
final class SequenceMethods {
    private SequenceMethods() {}

    private static List<PyObject> items(PyObject[] a) { return ((PyList) a[0]).items(); }

    static void install() {
        PyType t = Types.LIST;
        TypeMethods.method(t, "append", (a, kw) -> {
            oneArg("list.append", a);
            items(a).add(a[1]);
            return PyNone.NONE;
        });
        TypeMethods.method(t, "extend", (a, kw) -> {
            oneArg("list.extend", a);
            items(a).addAll(a[1] == a[0] ? List.copyOf(items(a)) : Sequences.listFrom(a[1]));
            return PyNone.NONE;
        });
        TypeMethods.method(t, "insert", (a, kw) -> {
            Args.method("insert", a, 2, 2);
            List<PyObject> l = items(a);
            long i = Args.toLong(a[1]);
            if (i < 0) i = Math.max(0, i + l.size());
            l.add((int) Math.min(i, l.size()), a[2]);
            return PyNone.NONE;
        });
        TypeMethods.method(t, "pop", (a, kw) -> {
            Args.method("pop", a, 0, 1);
            List<PyObject> l = items(a);
            long i = a.length > 1 ? Args.toLong(a[1]) : -1;
            if (l.isEmpty()) throw Errors.raise(Errors.INDEX_ERROR, "pop from empty list");
            if (i < 0) i += l.size();
            if (i < 0 || i >= l.size()) throw Errors.raise(Errors.INDEX_ERROR, "pop index out of range");
            return l.remove((int) i);
        });
        TypeMethods.method(t, "remove", (a, kw) -> {
            oneArg("list.remove", a);
            int i = find(items(a), a, 1);
            if (i < 0) throw Errors.valueError("list.remove(x): x not in list");
            items(a).remove(i);
            return PyNone.NONE;
        });
        TypeMethods.method(t, "index", (a, kw) -> {
            Args.method("index", a, 1, 3);
            int i = find(items(a), a, 1);
            if (i < 0) throw Errors.valueError(Repr.repr(a[1]) + " is not in list");
            return PyInt.of(i);
        });
        TypeMethods.method(t, "count", 1, 1, (a, kw) -> count(items(a), a));
        TypeMethods.method(t, "reverse", 0, 0, (a, kw) -> {
            Collections.reverse(items(a));
            return PyNone.NONE;
        });
        TypeMethods.method(t, "clear", 0, 0, (a, kw) -> {
            items(a).clear();
            return PyNone.NONE;
        });
        TypeMethods.method(t, "copy", 0, 0, (a, kw) -> {
            return new PyList(items(a));
        });
        TypeMethods.keywordMethod(t, "sort", (a, kw) -> {
            int given = a.length - 1 + (kw == null ? 0 : kw.size());
            if (given > 2) throw Errors.typeError("sort() takes at most 2 arguments (" + given + " given)");
            if (a.length > 1) throw Errors.typeError("sort() takes no positional arguments");
            sort((PyList) a[0], kw);
            return PyNone.NONE;
        });
        t = Types.TUPLE;
        TypeMethods.method(t, "index", (a, kw) -> {
            Args.method("index", a, 1, 3);
            int i = find(((PyTuple) a[0]).items(), a, 1);
            if (i < 0) throw Errors.valueError("tuple.index(x): x not in tuple");
            return PyInt.of(i);
        });
        TypeMethods.method(t, "count", 1, 1, (a, kw) -> count(((PyTuple) a[0]).items(), a));
        t = Types.RANGE;
        TypeMethods.method(t, "index", 1, 1, (a, kw) -> {
            long i = rangeIndex((PyRange) a[0], a[1]);
            // an int is looked up arithmetically; anything else by the generic sequence search
            if (i < 0) throw Errors.valueError(a[1] instanceof PyInt ? Repr.repr(a[1]) + " is not in range" : "sequence.index(x): x not in sequence");
            return PyInt.of(i);
        });
        TypeMethods.method(t, "count", 1, 1, (a, kw) -> {
            return PyInt.of(rangeIndex((PyRange) a[0], a[1]) < 0 ? 0 : 1);
        });
    }

    /** Where an int falls in a range, or -1 (other values are found by equality, as CPython does). */
    static long rangeIndex(PyRange r, PyObject x) {
        if (x instanceof PyInt i && !(x instanceof org.cellscope.runtime.PyBool) && i.isSmall()) {
            long v = i.longValue(), offset = v - r.start;
            boolean inside = r.step > 0 ? v >= r.start && v < r.stop : v <= r.start && v > r.stop;
            return inside && offset % r.step == 0 ? offset / r.step : -1;
        }
        for (long k = 0; k < r.length(); k++) if (Ops.sameOrEqual(PyInt.of(r.get(k)), x)) return k;
        return -1;
    }

    private static void oneArg(String name, PyObject[] a) {
        if (a.length != 2) throw Errors.typeError(name + "() takes exactly one argument (" + (a.length - 1) + " given)");
    }

    /** The first index of a[at] within the optional start and stop that follow it, or -1. */
    private static int find(List<PyObject> items, PyObject[] a, int at) {
        int n = items.size();
        int start = a.length > at + 1 ? clampIndex(a[at + 1], n) : 0;
        int stop = a.length > at + 2 ? clampIndex(a[at + 2], n) : n;
        for (int i = start; i < stop && i < items.size(); i++) if (Ops.sameOrEqual(items.get(i), a[at])) return i;
        return -1;
    }

    /** list.index and tuple.index bounds: _PyEval_SliceIndexNotNone, so huge ones clamp and None is refused. */
    private static int clampIndex(PyObject o, int n) {
        if (!(o instanceof PyInt)) throw Errors.typeError("slice indices must be integers or have an __index__ method");
        long i = Items.sliceIndex(o);
        if (i < 0) i = Math.max(0, i + n);
        return (int) Math.min(i, n);
    }

    private static PyObject count(List<PyObject> items, PyObject[] a) {
        long n = 0;
        for (PyObject x : items) if (Ops.sameOrEqual(x, a[1])) n++;
        return PyInt.of(n);
    }

    /** list.sort and sorted(): keys computed first, stable, reverse keeping equal items in order. */
    static void sort(PyList list, java.util.Map<String, PyObject> kw) {
        Args.onlyKeywords("sort", kw, "key", "reverse");
        PyObject key = Args.kw(kw, "key");
        PyObject reverseArg = Args.kw(kw, "reverse");
        boolean reverse = reverseArg != null && Args.toInt(reverseArg).signum() != 0; // an int there, not any truth value
        List<PyObject> items = list.items();
        PyObject[] values = items.toArray(new PyObject[0]);
        items.clear(); // as CPython's list.sort, the list is empty while it sorts; what a key function adds is dropped
        boolean modified;
        try {
            sortValues(values, key, reverse);
        } finally {
            modified = !items.isEmpty();
            items.clear();
            Collections.addAll(items, values);
        }
        if (modified) throw Errors.valueError("list modified during sort");
    }

    private static void sortValues(PyObject[] values, PyObject key, boolean reverse) {
        PyObject[] keys = values.clone();
        if (key != null && key != PyNone.NONE) {
            for (int i = 0; i < keys.length; i++) keys[i] = Calls.call(key, new PyObject[] {values[i]}, null);
        }
        if (reverse) {
            ListSort.reverse(keys);
            ListSort.reverse(values);
        }
        ListSort.sort(keys, values);
        if (reverse) {
            ListSort.reverse(values);
        }
    }
}
