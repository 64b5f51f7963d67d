package org.cellscope.runtime;

/** set and frozenset, their members kept in CPython's table order. */
public final class PySet extends PyObject {
    private final SetTable items = new SetTable();
    private final boolean frozen;

    public PySet(boolean frozen) { this.frozen = frozen; }

    @Override
    public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    public boolean frozen() { return frozen; }

    public SetTable items() { return items; }

    @Override
    public boolean equals(Object o) { return frozen && o instanceof PySet s && s.items.equals(items); }

    @Override
    public int hashCode() { return frozen ? items.hashCode() : System.identityHashCode(this); }
}
