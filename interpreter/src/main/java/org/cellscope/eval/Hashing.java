package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyTuple;

/** Checks that a value can be a dict key or set member, as CPython's hash() does. */
public final class Hashing {
    private Hashing() {}

    public static PyObject key(PyObject o) {
        if (o instanceof PyList || o instanceof PyDict || (o instanceof PySet s && !s.frozen())) {
            throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
        }
        if (o instanceof PyTuple t) for (PyObject x : t.items()) key(x);
        return o;
    }
}
