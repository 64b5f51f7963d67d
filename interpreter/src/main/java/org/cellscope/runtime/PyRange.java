package org.cellscope.runtime;

public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return Types.RANGE; }

    public long length() {
        if (step > 0) return start < stop ? (stop - start + step - 1) / step : 0;
        return start > stop ? (start - stop - step - 1) / (-step) : 0;
    }

    public long get(long i) { return start + i * step; }

    /** Ranges are equal when they produce the same numbers: range(0) == range(2, 2). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyRange r)) return false;
        long n = length();
        if (n != r.length()) return false;
        return n == 0 || start == r.start && (n == 1 || step == r.step);
    }

    @Override
    public int hashCode() {
        long n = length();
        return Long.hashCode(n) * 31 + (n == 0 ? 0 : Long.hashCode(start) * 31 + (n == 1 ? 0 : Long.hashCode(step)));
    }
}
