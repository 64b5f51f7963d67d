package org.cellscope.runtime;

public final class PySlice extends PyObject {
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return Types.SLICE; }
}
