package org.cellscope.trace;

import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.eval.Repr;

/** The view of an exception, from its args only: user {@code __str__} is not run while recording. */
final class ExceptionViews {
    private ExceptionViews() {}

    static ExceptionView of(PyBaseException e) {
        PyTuple args = e.args();
        String message;
        if (args.size() == 0) message = "";
        else if (args.size() == 1) {
            PyObject a = args.get(0);
            message = a instanceof PyStr s && !e.type().name().equals("KeyError") ? s.value() : Repr.repr(a);
        } else message = Repr.repr(args);
        return new ExceptionView(e.type().name(), message);
    }
}
