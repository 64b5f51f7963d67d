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
}
