package org.cellscope.runtime;

/** A bound method: a function (or builtin) with its self. */
public final class PyMethod extends PyObject {
    private final PyObject function;
    private final PyObject self;

    public PyMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() { return function instanceof PyBuiltin ? Types.BUILTIN_FUNCTION : Types.METHOD; }

    public PyObject function() { return function; }

    public PyObject self() { return self; }
}
