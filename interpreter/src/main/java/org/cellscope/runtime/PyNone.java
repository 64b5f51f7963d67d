package org.cellscope.runtime;

/** The singletons None, NotImplemented and Ellipsis. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone(Types.NONE);
    public static final PyNone NOT_IMPLEMENTED = new PyNone(Types.NOT_IMPLEMENTED);
    public static final PyNone ELLIPSIS = new PyNone(Types.ELLIPSIS);

    private final PyType type;

    private PyNone(PyType type) { this.type = type; }

    @Override
    public PyType type() { return type; }
}
