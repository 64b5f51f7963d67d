package org.cellscope.runtime;

import java.math.BigInteger;

/**
 * An arbitrary-precision int: a long while it fits, a BigInteger beyond. Small ints
 * (-5..256) are cached, so {@code is} and {@code id()} behave as in CPython.
 */
public class PyInt extends PyObject {
    private static final PyInt[] SMALL = new PyInt[262];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(i - 5, null);
    }

    private final long value;
    private final BigInteger big; // null when value holds the number

    PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) return SMALL[(int) v + 5];
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) return of(v.longValue());
        return new PyInt(0, v);
    }

    @Override
    public PyType type() { return Types.INT; }

    public boolean isSmall() { return big == null; }

    /** The value; only meaningful when {@link #isSmall()}. */
    public long longValue() { return value; }

    public BigInteger bigValue() { return big != null ? big : BigInteger.valueOf(value); }

    public int signum() { return big != null ? big.signum() : Long.signum(value); }

    public double toDouble() { return big != null ? big.doubleValue() : (double) value; }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyInt i) return big == null && i.big == null ? value == i.value : bigValue().equals(i.bigValue());
        if (o instanceof PyFloat f) return PyFloat.equalsInt(f.value(), this);
        return false;
    }

    @Override
    public int hashCode() { return big == null ? Long.hashCode(value) : big.hashCode(); }

    @Override
    public String toString() { return big == null ? Long.toString(value) : big.toString(); }
}
