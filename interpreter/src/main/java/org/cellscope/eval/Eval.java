package org.cellscope.eval;

import org.cellscope.runtime.PyObject;

/** A compiled expression. */
@FunctionalInterface
interface Eval {
    PyObject eval(PyFrame f);
}
