package org.cellscope.runtime;

import java.util.ArrayList;
import java.util.List;

public class PyList extends PyObject {
    private final TrackedList items;

    public PyList() { this.items = new TrackedList(this); }

    public PyList(List<PyObject> items) { this.items = new TrackedList(this, items); }

    @Override
    public PyType type() { return Types.LIST; }

    /** The live backing list: mutations are the list's mutations. */
    public ArrayList<PyObject> items() { return items; }

    /** How many changes other than appends the list has had (see {@link TrackedList#edits()}). */
    public int edits() { return items.edits(); }
}
