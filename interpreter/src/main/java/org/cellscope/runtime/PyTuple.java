package org.cellscope.runtime;

import java.util.Arrays;
import java.util.List;

public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);
    private final PyObject[] items;

    public PyTuple(PyObject[] items) { this.items = items; }

    public static PyTuple of(PyObject... items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

    public static PyTuple of(List<PyObject> items) { return of(items.toArray(new PyObject[0])); }

    @Override
    public PyType type() { return Types.TUPLE; }

    public int size() { return items.length; }

    public PyObject get(int i) { return items[i]; }

    public List<PyObject> items() { return Arrays.asList(items); }

    @Override
    public boolean equals(Object o) { return o instanceof PyTuple t && Arrays.equals(items, t.items); }

    @Override
    public int hashCode() { return Arrays.hashCode(items); }
}
