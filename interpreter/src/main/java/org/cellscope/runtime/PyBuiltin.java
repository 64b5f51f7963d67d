package org.cellscope.runtime;

import java.util.Map;

/** A builtin function such as {@code len}, or an unbound method of a builtin type such as {@code list.append}. */
public final class PyBuiltin extends PyObject implements PyCallable {
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args, Map<String, PyObject> kwargs);
    }

    private final String name;
    private final PyType owner; // null for a module-level builtin
    private final Body body;

    public PyBuiltin(String name, PyType owner, Body body) {
        this.name = name;
        this.owner = owner;
        this.body = body;
    }

    @Override
    public PyType type() { return Types.BUILTIN_FUNCTION; }

    public String name() { return name; }

    public PyType owner() { return owner; }

    @Override
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) { return body.call(args, kwargs); }
}
