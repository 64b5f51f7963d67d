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
        if (!type.dict().containsKey("__next__")) installProtocol(type);
    }

    /** it.__next__ and it.__iter__, which programs call directly ({@code iter(it.__next__, None)}). */
    private static void installProtocol(PyType type) {
        type.dict().put("__next__", new PyBuiltin("__next__", type, (a, kw) -> {
            PyObject v = self(type, "__next__", a, kw).next();
            if (v == null) throw Errors.raise(Errors.STOP_ITERATION, null);
            return v;
        }));
        type.dict().put("__iter__", new PyBuiltin("__iter__", type, (a, kw) -> self(type, "__iter__", a, kw)));
    }

    /** The self of a slot wrapper taking no other arguments, refused in CPython's words. */
    private static PyIter self(PyType type, String name, PyObject[] a, java.util.Map<String, PyObject> kw) {
        if (a.length == 0) throw Errors.typeError("descriptor '" + name + "' of '" + type.name() + "' object needs an argument");
        if (!(a[0] instanceof PyIter it) || !a[0].type().isSubtypeOf(type)) {
            throw Errors.typeError("descriptor '" + name + "' requires a '" + type.name() + "' object but received a '"
                + a[0].type().name() + "'");
        }
        if (kw != null && !kw.isEmpty()) throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        if (a.length > 1) throw Errors.typeError("expected 0 arguments, got " + (a.length - 1));
        return it;
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
