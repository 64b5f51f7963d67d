package org.cellscope.runtime;

import java.util.ArrayList;
import java.util.List;

public final class PyList extends PyObject {
    private final ArrayList<PyObject> items;

    public PyList() { this.items = new ArrayList<>(); }

    public PyList(List<PyObject> items) { this.items = new ArrayList<>(items); }

    @Override
    public PyType type() { return Types.LIST; }

    /** The live backing list: mutations are the list's mutations. */
    public ArrayList<PyObject> items() { return items; }
}
