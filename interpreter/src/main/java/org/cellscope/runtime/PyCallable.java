package org.cellscope.runtime;

import java.util.Map;

/** Anything the interpreter can call without looking up {@code __call__}. kwargs may be null. */
public interface PyCallable {
    PyObject call(PyObject[] args, Map<String, PyObject> kwargs);
}
