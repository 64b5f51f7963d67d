package org.cellscope.runtime;

import java.util.LinkedHashMap;

/** A dict in insertion order. Keys use the Python-level equality of their Java equals/hashCode. */
public final class PyDict extends PyObject {
    private final LinkedHashMap<PyObject, PyObject> map = new LinkedHashMap<>();

    @Override
    public PyType type() { return Types.DICT; }

    public LinkedHashMap<PyObject, PyObject> map() { return map; }

    public PyObject get(String key) { return map.get(new PyStr(key)); }

    public void put(String key, PyObject value) { map.put(new PyStr(key), value); }
}
