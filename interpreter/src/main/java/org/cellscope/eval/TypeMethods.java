package org.cellscope.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** Constructors and methods of the builtin types (list.append, dict.get, str.join...). */
final class TypeMethods {
    private TypeMethods() {}

    private static boolean installed;

    static synchronized void install() {
        if (installed) return;
        installed = true;
        constructors();
        listMethods();
        dictMethods();
        StrMethods.install();
    }

    static void method(PyType t, String name, PyBuiltin.Body body) {
        t.dict().put(name, new PyBuiltin(name, t, body));
    }

    private static void constructors() {
        Types.INT.setConstructor((t, a, kw) -> a.length == 0 ? PyInt.of(0) : toInt(a[0]));
        Types.BOOL.setConstructor((t, a, kw) -> PyBool.of(a.length > 0 && Ops.truthy(a[0])));
        Types.FLOAT.setConstructor((t, a, kw) -> a.length == 0 ? new PyFloat(0) : toFloat(a[0]));
        Types.STR.setConstructor((t, a, kw) -> a.length == 0 ? PyStr.EMPTY : PyStr.of(Repr.str(a[0])));
        Types.LIST.setConstructor((t, a, kw) -> a.length == 0 ? new PyList() : new PyList(Ops.toList(a[0])));
        Types.TUPLE.setConstructor((t, a, kw) -> a.length == 0 ? PyTuple.EMPTY : PyTuple.of(Ops.toList(a[0])));
        Types.SET.setConstructor((t, a, kw) -> setOf(false, a));
        Types.FROZENSET.setConstructor((t, a, kw) -> setOf(true, a));
        Types.DICT.setConstructor((t, a, kw) -> {
            PyDict d = new PyDict();
            if (a.length > 0) update(d, a[0]);
            if (kw != null) kw.forEach((k, v) -> d.map().put(new PyStr(k), v));
            return d;
        });
        Types.RANGE.setConstructor((t, a, kw) -> {
            Args.count("range", a, 1, 3);
            long start = a.length == 1 ? 0 : Args.toLong(a[0]);
            long stop = Args.toLong(a.length == 1 ? a[0] : a[1]);
            long step = a.length == 3 ? Args.toLong(a[2]) : 1;
            if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
            return new PyRange(start, stop, step);
        });
        Types.TYPE.setConstructor((t, a, kw) -> {
            if (a.length == 1) return a[0].type();
            throw Errors.typeError("type() takes 1 or 3 arguments");
        });
        Types.OBJECT.setConstructor((t, a, kw) -> new org.cellscope.runtime.PyInstance(t));
    }

    private static PySet setOf(boolean frozen, PyObject[] a) {
        PySet s = new PySet(frozen);
        if (a.length > 0) for (PyObject x : Ops.toList(a[0])) s.items().add(Hashing.key(x));
        return s;
    }

    static PyObject toInt(PyObject o) {
        if (o instanceof PyBool b) return PyInt.of(b.longValue());
        if (o instanceof PyInt) return o;
        if (o instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
            if (Double.isInfinite(d)) throw Errors.raise(Errors.OVERFLOW_ERROR, "cannot convert float infinity to integer");
            return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
        }
        if (o instanceof PyStr s) {
            String text = s.value().strip().replace("_", "");
            try {
                if (text.replace("-", "").replace("+", "").length() > IntText.MAX_DIGITS) throw IntText.limit();
                return PyInt.of(new BigInteger(text));
            } catch (NumberFormatException e) {
                throw Errors.valueError("invalid literal for int() with base 10: " + Repr.quote(s.value()));
            }
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
            + o.type().name() + "'");
    }

    static PyObject toFloat(PyObject o) {
        if (o instanceof PyFloat) return o;
        if (o instanceof PyInt i) return new PyFloat(i.toDouble());
        if (o instanceof PyStr s) {
            String t = s.value().strip().toLowerCase();
            switch (t) {
                case "inf", "+inf", "infinity" -> { return new PyFloat(Double.POSITIVE_INFINITY); }
                case "-inf", "-infinity" -> { return new PyFloat(Double.NEGATIVE_INFINITY); }
                case "nan", "+nan", "-nan" -> { return new PyFloat(Double.NaN); }
                default -> { }
            }
            try {
                return new PyFloat(Double.parseDouble(t.replace("_", "")));
            } catch (NumberFormatException e) {
                throw Errors.valueError("could not convert string to float: " + Repr.quote(s.value()));
            }
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + o.type().name() + "'");
    }

    private static PyList self(PyObject[] a) { return (PyList) a[0]; }

    private static void listMethods() {
        PyType t = Types.LIST;
        method(t, "append", (a, kw) -> { self(a).items().add(a[1]); return PyNone.NONE; });
        method(t, "extend", (a, kw) -> { self(a).items().addAll(Ops.toList(a[1])); return PyNone.NONE; });
        method(t, "insert", (a, kw) -> {
            List<PyObject> l = self(a).items();
            long i = Args.toLong(a[1]);
            if (i < 0) i = Math.max(0, i + l.size());
            l.add((int) Math.min(i, l.size()), a[2]);
            return PyNone.NONE;
        });
        method(t, "pop", (a, kw) -> {
            List<PyObject> l = self(a).items();
            if (l.isEmpty()) throw Errors.raise(Errors.INDEX_ERROR, "pop from empty list");
            long i = a.length > 1 ? Args.toLong(a[1]) : -1;
            if (i < 0) i += l.size();
            if (i < 0 || i >= l.size()) throw Errors.raise(Errors.INDEX_ERROR, "pop index out of range");
            return l.remove((int) i);
        });
        method(t, "remove", (a, kw) -> {
            List<PyObject> l = self(a).items();
            for (int i = 0; i < l.size(); i++) {
                if (Ops.equal(l.get(i), a[1])) {
                    l.remove(i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        method(t, "index", (a, kw) -> {
            List<PyObject> l = self(a).items();
            for (int i = 0; i < l.size(); i++) if (Ops.equal(l.get(i), a[1])) return PyInt.of(i);
            throw Errors.valueError(Repr.repr(a[1]) + " is not in list");
        });
        method(t, "count", (a, kw) -> {
            long n = 0;
            for (PyObject x : self(a).items()) if (Ops.equal(x, a[1])) n++;
            return PyInt.of(n);
        });
        method(t, "reverse", (a, kw) -> { Collections.reverse(self(a).items()); return PyNone.NONE; });
        method(t, "clear", (a, kw) -> { self(a).items().clear(); return PyNone.NONE; });
        method(t, "copy", (a, kw) -> new PyList(self(a).items()));
        method(t, "sort", (a, kw) -> { sort(self(a), kw); return PyNone.NONE; });
    }

    /** A stable sort by key, as list.sort and sorted() do. */
    static void sort(PyList list, Map<String, PyObject> kw) {
        PyObject key = Args.kw(kw, "key");
        boolean reverse = Args.kw(kw, "reverse") != null && Ops.truthy(Args.kw(kw, "reverse"));
        List<PyObject> items = list.items();
        List<PyObject[]> pairs = new ArrayList<>();
        for (PyObject x : items) {
            pairs.add(new PyObject[] {key == null || key == PyNone.NONE ? x : Calls.call(key, new PyObject[] {x}, null), x});
        }
        if (reverse) Collections.reverse(pairs);
        pairs.sort((p, q) -> Ops.order(org.cellscope.ast.CmpOp.LT, q[0], p[0]) ? 1 : Ops.order(org.cellscope.ast.CmpOp.LT, p[0], q[0]) ? -1 : 0);
        if (reverse) Collections.reverse(pairs);
        items.clear();
        for (PyObject[] p : pairs) items.add(p[1]);
    }

    private static PyDict dict(PyObject[] a) { return (PyDict) a[0]; }

    private static void update(PyDict d, PyObject src) {
        if (src instanceof PyDict other) {
            d.map().putAll(other.map());
            return;
        }
        for (PyObject pair : Ops.toList(src)) {
            List<PyObject> kv = Ops.toList(pair);
            d.map().put(Hashing.key(kv.get(0)), kv.get(1));
        }
    }

    private static void dictMethods() {
        PyType t = Types.DICT;
        method(t, "get", (a, kw) -> {
            PyObject v = dict(a).map().get(Hashing.key(a[1]));
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        method(t, "keys", (a, kw) -> new PyList(new ArrayList<>(dict(a).map().keySet())));
        method(t, "values", (a, kw) -> new PyList(new ArrayList<>(dict(a).map().values())));
        method(t, "items", (a, kw) -> {
            List<PyObject> out = new ArrayList<>();
            dict(a).map().forEach((k, v) -> out.add(PyTuple.of(k, v)));
            return new PyList(out);
        });
        method(t, "pop", (a, kw) -> {
            PyObject v = dict(a).map().remove(Hashing.key(a[1]));
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw Items.keyError(a[1]);
        });
        method(t, "setdefault", (a, kw) -> dict(a).map().computeIfAbsent(Hashing.key(a[1]), k -> a.length > 2 ? a[2] : PyNone.NONE));
        method(t, "update", (a, kw) -> {
            if (a.length > 1) update(dict(a), a[1]);
            if (kw != null) kw.forEach((k, v) -> dict(a).map().put(new PyStr(k), v));
            return PyNone.NONE;
        });
        method(t, "clear", (a, kw) -> { dict(a).map().clear(); return PyNone.NONE; });
        method(t, "copy", (a, kw) -> {
            PyDict d = new PyDict();
            d.map().putAll(dict(a).map());
            return d;
        });
    }
}
