package org.cellscope.runtime;

import java.util.Iterator;
import java.util.function.Supplier;

/** An iterator over builtin data; {@link #next()} returns null when exhausted. */
public class PyIter extends PyObject {
    private static final PyType TYPE = Types.builtin("iterator", Types.OBJECT);
    private final Iterator<PyObject> source;
    private final PyType type;

    public PyIter(Iterator<PyObject> source) { this(source, TYPE); }

    /** For subclasses that compute their items in {@link #next()}. */
    protected PyIter(PyType type) { this(null, type); }

    public PyIter(Iterator<PyObject> source, PyType type) {
        this.source = source;
        this.type = type;
    }

    /** An iterator whose items come from a supplier that returns null at the end (and is not asked again). */
    public static PyIter of(Supplier<PyObject> next, PyType type) {
        return new PyIter(new Iterator<>() {
            private PyObject pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = next.get();
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public PyObject next() {
                PyObject p = pending;
                pending = null;
                return p;
            }
        }, type);
    }

    @Override
    public PyType type() { return type; }

    public PyObject next() { return source.hasNext() ? source.next() : null; }
}
