package org.cellscope.runtime;

import java.math.BigDecimal;

public final class PyFloat extends PyObject {
    private final double value;

    public PyFloat(double value) { this.value = value; }

    @Override
    public PyType type() { return Types.FLOAT; }

    public double value() { return value; }

    static boolean equalsInt(double d, PyInt i) {
        if (i.isSmall() && Math.abs(i.longValue()) < (1L << 53)) return d == (double) i.longValue();
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) return false;
        return new BigDecimal(d).toBigIntegerExact().equals(i.bigValue());
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyFloat f) return value == f.value;
        if (o instanceof PyInt i) return equalsInt(value, i);
        return false;
    }

    /** Equal numbers hash alike, as in CPython: 1.0 and 1 are the same dict key. */
    @Override
    public int hashCode() {
        if (value == Math.rint(value) && Math.abs(value) < 9.2e18) return Long.hashCode((long) value);
        return Double.hashCode(value);
    }
}
