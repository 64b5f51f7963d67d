package org.cellscope.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cellscope.eval.PyFunction;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyType;

/**
 * Copies of the mutable part of an object: list and set items, dict and namespace entries
 * (keys and values alternating), a cell's contents. Values are references, so a copy is as
 * small as the container, never the objects inside it.
 */
final class Snapshots {
    /** Stands for an empty cell. */
    static final Object EMPTY = new Object();

    private Snapshots() {}

    /**
     * A list's items as a prefix of an array that snapshots share: a list that only grows by
     * appending costs one growing array over its whole history, not a copy per step.
     */
    record ListItems(PyObject[] items, int length, int edits) {}

    static Object take(Object owner) { return take(owner, null); }

    /** previous: the owner's latest snapshot, which a list's new one may extend. */
    static Object take(Object owner, Object previous) {
        if (owner instanceof PyCell c) return c.get() == null ? EMPTY : c.get();
        if (owner instanceof PyList l) return listItems(l, previous);
        if (owner instanceof PySet s) return s.items().toArray(new PyObject[0]);
        if (owner instanceof PyDict d) return entries(d.map());
        if (owner instanceof PyType t) return entries(t.dict());
        if (owner instanceof PyInstance i) return entries(i.dict());
        if (owner instanceof PyFunction f) return entries(f.dict());
        if (owner instanceof Map<?, ?> namespace) return entries(namespace);
        return null;
    }

    private static ListItems listItems(PyList list, Object previous) {
        List<PyObject> now = list.items();
        int n = now.size();
        if (previous instanceof ListItems p && p.length() <= n && p.edits() == list.edits()) {
            PyObject[] items = p.items();
            if (n > items.length) items = Arrays.copyOf(items, Math.max(n, items.length * 2));
            for (int i = p.length(); i < n; i++) items[i] = now.get(i);
            return new ListItems(items, n, list.edits());
        }
        return new ListItems(now.toArray(new PyObject[Math.max(4, n + n / 2)]), n, list.edits());
    }

    private static Object[] entries(Map<?, ?> map) {
        Object[] out = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out[i++] = e.getKey();
            out[i++] = e.getValue();
        }
        return out;
    }
}
