package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** Checks that a value can be a dict key or set member, as CPython's hash() does. */
public final class Hashing {
    private Hashing() {}

    public static PyObject key(PyObject o) {
        // slices are unhashable until 3.12
        if (o instanceof PyList || o instanceof PyDict || (o instanceof PySet s && !s.frozen()) || o instanceof PyCell
            || o instanceof org.cellscope.runtime.PySlice
            || o instanceof DictView v && v.setLike() || o.type().isUserDefined() && !userHashable(o.type())) {
            throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
        }
        if (o instanceof PyTuple t) for (PyObject x : t.items()) key(x);
        return o;
    }

    /** A class that defines __eq__ without __hash__ gets __hash__ = None, as CPython's type creation does. */
    private static boolean userHashable(PyType t) {
        for (PyType c : t.mro()) {
            if (!c.isUserDefined()) return true;
            PyObject hash = c.dict().get("__hash__");
            if (hash != null) return hash != PyNone.NONE;
            if (c.dict().containsKey("__eq__")) return false;
        }
        return true;
    }
}
