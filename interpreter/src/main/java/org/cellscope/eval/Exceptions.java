package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** Turning raise operands into exception objects, and matching except clauses. */
final class Exceptions {
    private Exceptions() {}

    static PyBaseException make(PyObject o) {
        return make(o, "exceptions must derive from BaseException");
    }

    /** The operand of {@code raise ... from X}, which CPython words its own complaint for. */
    static PyBaseException makeCause(PyObject o) {
        return make(o, "exception causes must derive from BaseException");
    }

    /** What gen.throw(X) throws in. */
    static PyBaseException makeThrown(PyObject o) {
        return make(o, "exceptions must be classes or instances deriving from BaseException, not " + o.type().name());
    }

    private static PyBaseException make(PyObject o, String complaint) {
        if (o instanceof PyBaseException e) return e;
        if (o instanceof PyType t && t.isSubtypeOf(Errors.BASE_EXCEPTION)) {
            return (PyBaseException) Calls.call(t, new PyObject[0], null);
        }
        throw Errors.typeError(complaint);
    }

    static boolean matches(PyBaseException e, PyObject spec) {
        if (spec instanceof PyTuple t) {
            for (PyObject x : t.items()) if (matches(e, x)) return true;
            return false;
        }
        if (spec instanceof PyType t && t.isSubtypeOf(Errors.BASE_EXCEPTION)) return e.type().isSubtypeOf(t);
        throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }
}
