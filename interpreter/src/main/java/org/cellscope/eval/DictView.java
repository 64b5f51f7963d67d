package org.cellscope.eval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** dict_keys, dict_values and dict_items: live views that see later changes to their dict. */
final class DictView extends PyObject {
    enum Kind {
        KEYS("dict_keys"), VALUES("dict_values"), ITEMS("dict_items");

        final PyType type;

        Kind(String name) {
            type = Types.builtin(name, Types.OBJECT);
            type.dict().put("__repr__", new PyBuiltin("__repr__", type, (a, kw) -> {
                DictView v = (DictView) Args.self(a, type, "__repr__");
                StringBuilder sb = new StringBuilder(name).append("([");
                boolean first = true;
                for (PyObject x : v.snapshot()) {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(Repr.repr(x));
                }
                return PyStr.of(sb.append("])").toString());
            }));
            if (!name.equals("dict_values")) {
                type.dict().put("isdisjoint", new PyBuiltin("isdisjoint", type, (a, kw) -> {
                    Args.noKeywords("isdisjoint", kw);
                    Args.method("isdisjoint", a, 1, 1);
                    DictView v = (DictView) Args.self(a, type, "isdisjoint");
                    for (PyObject x : Ops.toList(a[1])) if (Ops.contains(v, x)) return PyBool.FALSE;
                    return PyBool.TRUE;
                }));
            }
            type.dict().put("__len__", new PyBuiltin("__len__", type, (a, kw) -> PyInt.of(((DictView) Args.self(a, type, "__len__")).dict.map().size())));
        }
    }

    final PyDict dict;
    final Kind kind;

    DictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() { return kind.type; }

    /** True for keys and items views, which support the set operators. */
    boolean setLike() { return kind != Kind.VALUES; }

    private PyObject element(Map.Entry<PyObject, PyObject> e) {
        return switch (kind) {
            case KEYS -> e.getKey();
            case VALUES -> e.getValue();
            case ITEMS -> PyTuple.of(e.getKey(), e.getValue());
        };
    }

    List<PyObject> snapshot() {
        List<PyObject> out = new ArrayList<>();
        for (Map.Entry<PyObject, PyObject> e : dict.map().entrySet()) out.add(element(e));
        return out;
    }

    /** Iterates the live dict, failing as CPython does when the dict changes size meanwhile. */
    Iterator<PyObject> iterator() {
        Iterator<Map.Entry<PyObject, PyObject>> entries = DictMethods.liveEntries(dict);
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return entries.hasNext(); }

            @Override
            public PyObject next() { return element(entries.next()); }
        };
    }
}
