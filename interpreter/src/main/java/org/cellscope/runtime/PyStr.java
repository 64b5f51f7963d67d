package org.cellscope.runtime;

public final class PyStr extends PyObject {
    public static final PyStr EMPTY = new PyStr("");
    private final String value;

    public PyStr(String value) { this.value = value; }

    public static PyStr of(String s) { return s.isEmpty() ? EMPTY : new PyStr(s); }

    @Override
    public PyType type() { return Types.STR; }

    public String value() { return value; }

    @Override
    public boolean equals(Object o) { return o instanceof PyStr s && s.value.equals(value); }

    @Override
    public int hashCode() { return value.hashCode(); }

    @Override
    public String toString() { return value; }
}
