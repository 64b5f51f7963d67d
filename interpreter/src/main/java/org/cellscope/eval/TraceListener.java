package org.cellscope.eval;

import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyObject;

/** Told about every {@code sys.settrace} event; the interpreter knows nothing of how they are stored. */
public interface TraceListener {
    void onCall(PyFrame frame);

    void onLine(PyFrame frame);

    void onReturn(PyFrame frame, PyObject value);

    void onException(PyFrame frame, PyBaseException exception);
}
