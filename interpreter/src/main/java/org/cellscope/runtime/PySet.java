package org.cellscope.runtime;

import java.util.LinkedHashSet;

/** set and frozenset. */
public final class PySet extends PyObject {
    private final LinkedHashSet<PyObject> items = new LinkedHashSet<>();
    private final boolean frozen;

    public PySet(boolean frozen) { this.frozen = frozen; }

    @Override
    public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    public boolean frozen() { return frozen; }

    public LinkedHashSet<PyObject> items() { return items; }

    @Override
    public boolean equals(Object o) { return frozen && o instanceof PySet s && s.items.equals(items); }

    @Override
    public int hashCode() { return frozen ? items.hashCode() : System.identityHashCode(this); }
}
