package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** A generator object. Resuming generators is not implemented yet: iterating one says so. */
final class PyGenerator extends PyObject {
    static final PyType TYPE = Types.builtin("generator", Types.OBJECT);
    final PyFrame frame;

    PyGenerator(PyFrame frame) {
        this.frame = frame;
        throw Errors.raise(Errors.NOT_IMPLEMENTED_ERROR, "generators are not supported by Cellscope yet");
    }

    @Override
    public PyType type() { return TYPE; }
}
