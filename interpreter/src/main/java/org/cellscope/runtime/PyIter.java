package org.cellscope.runtime;

import java.util.Iterator;

/** An iterator over builtin data; {@link #next()} returns null when exhausted. */
public class PyIter extends PyObject {
    private static final PyType TYPE = Types.builtin("iterator", Types.OBJECT);
    private final Iterator<PyObject> source;
    private final PyType type;

    public PyIter(Iterator<PyObject> source) { this(source, TYPE); }

    public PyIter(Iterator<PyObject> source, PyType type) {
        this.source = source;
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    public PyObject next() { return source.hasNext() ? source.next() : null; }
}
