package org.cellscope.runtime;

public class PyStr extends PyObject {
    public static final PyStr EMPTY = new PyStr("");
    private final String value;
    private long hash; // CPython's hash, computed once (0: not yet, as the empty string's hash is 0 anyway)

    public PyStr(String value) { this.value = value; }

    public static PyStr of(String s) { return s.isEmpty() ? EMPTY : new PyStr(s); }

    @Override
    public PyType type() { return Types.STR; }

    public String value() { return value; }

    /** hash(s) under PYTHONHASHSEED=0, cached like CPython's. */
    long pythonHash() {
        if (hash == 0) hash = PyHash.ofStr(value);
        return hash;
    }

    @Override
    public boolean equals(Object o) { return o instanceof PyStr s && s.value.equals(value); }

    @Override
    public int hashCode() { return value.hashCode(); }

    @Override
    public String toString() { return value; }
}
