package org.cellscope.runtime;

/** True and False: ints 1 and 0 with their own type and repr. */
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) { super(v, null); }

    public static PyBool of(boolean b) { return b ? TRUE : FALSE; }

    public boolean isTrue() { return this == TRUE; }

    @Override
    public PyType type() { return Types.BOOL; }

    @Override
    public String toString() { return this == TRUE ? "True" : "False"; }
}
