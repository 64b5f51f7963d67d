package org.cellscope.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** The dict methods and the dict's iteration over its live entries. */
final class DictMethods {
    private DictMethods() {}

    private static PyDict dict(PyObject[] a) { return (PyDict) a[0]; }

    static void install() {
        PyType t = Types.DICT;
        TypeMethods.method(t, "get", (a, kw) -> {
            Args.method("get", a, 1, 2);
            PyObject v = dict(a).map().get(Hashing.key(a[1]));
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        TypeMethods.method(t, "keys", 0, 0, (a, kw) -> new DictView(dict(a), DictView.Kind.KEYS));
        TypeMethods.method(t, "values", 0, 0, (a, kw) -> new DictView(dict(a), DictView.Kind.VALUES));
        TypeMethods.method(t, "items", 0, 0, (a, kw) -> new DictView(dict(a), DictView.Kind.ITEMS));
        TypeMethods.method(t, "pop", (a, kw) -> {
            Args.method("pop", a, 1, 2);
            // an empty dict answers before hashing the key, as dict_pop does
            PyObject v = dict(a).map().isEmpty() ? null : dict(a).map().remove(Hashing.key(a[1]));
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw Items.keyError(a[1]);
        });
        TypeMethods.method(t, "popitem", 0, 0, (a, kw) -> {
            Map<PyObject, PyObject> m = dict(a).map();
            if (m.isEmpty()) throw Items.keyError(PyStr.of("popitem(): dictionary is empty"));
            PyObject last = null;
            for (PyObject k : m.keySet()) last = k;
            return PyTuple.of(last, m.remove(last));
        });
        TypeMethods.method(t, "setdefault", (a, kw) -> {
            Args.method("setdefault", a, 1, 2);
            return dict(a).map().computeIfAbsent(Hashing.key(a[1]), k -> a.length > 2 ? a[2] : PyNone.NONE);
        });
        TypeMethods.keywordMethod(t, "update", (a, kw) -> {
            Args.method("update", a, 0, 1);
            if (a.length > 1) update(dict(a), a[1]);
            if (kw != null) kw.forEach((k, v) -> dict(a).map().put(PyStr.of(k), v));
            return PyNone.NONE;
        });
        TypeMethods.method(t, "clear", 0, 0, (a, kw) -> { dict(a).map().clear(); return PyNone.NONE; });
        TypeMethods.method(t, "copy", 0, 0, (a, kw) -> {
            PyDict d = new PyDict();
            d.map().putAll(dict(a).map());
            return d;
        });
        // a classmethod: d.fromkeys(...) and dict.fromkeys(...) both receive the class first
        t.dict().put("fromkeys", Descriptors.classMethod(new PyBuiltin("fromkeys", t, (a, kw) -> {
            Args.noKeywords("dict.fromkeys", kw);
            Args.method("fromkeys", a, 1, 2);
            PyObject d = a[0] == Types.DICT ? new PyDict() : Calls.call(a[0], new PyObject[0], null); // subclasses too
            for (PyObject k : Ops.toList(a[1])) Items.setItem(d, k, a.length > 2 ? a[2] : PyNone.NONE);
            return d;
        })));
    }

    /** dict(x) and d.update(x): a mapping's items, or an iterable of key-value pairs. */
    static void update(PyDict d, PyObject src) {
        if (src instanceof PyDict other) {
            d.map().putAll(other.map());
            return;
        }
        PyObject keys = src.type().isUserDefined() ? Attributes.find(src, "keys") : null;
        if (keys != null) { // a mapping: its keys(), then each value by subscription
            for (PyObject k : Ops.toList(Calls.call(keys, new PyObject[0], null))) d.map().put(Hashing.key(k), Items.getItem(src, k));
            return;
        }
        int i = 0;
        for (PyObject pair : Ops.toList(src)) {
            List<PyObject> kv;
            try {
                kv = Ops.toList(pair);
            } catch (org.cellscope.runtime.PyRaise r) {
                if (!r.exception().type().isSubtypeOf(Errors.TYPE_ERROR)) throw r;
                throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.size() != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + kv.size() + "; 2 is required");
            }
            d.map().put(Hashing.key(kv.get(0)), kv.get(1));
            i++;
        }
    }

    /** The keys in reverse order, for reversed(d). */
    static Iterator<PyObject> reversedKeys(PyDict d) {
        List<PyObject> keys = new ArrayList<>(d.map().keySet());
        Collections.reverse(keys);
        return keys.iterator();
    }

    /** Entries of the live dict; a change of size (or of keys) during the walk raises RuntimeError as in CPython. */
    static Iterator<Map.Entry<PyObject, PyObject>> liveEntries(PyDict d) {
        Iterator<Map.Entry<PyObject, PyObject>> it = d.map().entrySet().iterator();
        int size = d.map().size();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (d.map().size() != size) throw Errors.raise(Errors.RUNTIME_ERROR, "dictionary changed size during iteration");
                return it.hasNext();
            }

            @Override
            public Map.Entry<PyObject, PyObject> next() {
                try {
                    return it.next();
                } catch (ConcurrentModificationException e) {
                    throw Errors.raise(Errors.RUNTIME_ERROR, "dictionary keys changed during iteration");
                }
            }
        };
    }
}
