package org.cellscope.trace;

import java.util.IdentityHashMap;
import java.util.Map;
import org.cellscope.eval.PyFrame;
import org.cellscope.runtime.PyObject;

/** The recorded changes of a run: what each object, and each frame's locals, held at any step. */
final class StateHistory {
    private final IdentityHashMap<Object, History> objects;
    private final IdentityHashMap<PyFrame, History> locals;
    private final Map<Integer, PyObject> returnValues;
    private final Map<Integer, ExceptionView> exceptions;

    StateHistory(IdentityHashMap<Object, History> objects, IdentityHashMap<PyFrame, History> locals,
                 Map<Integer, PyObject> returnValues, Map<Integer, ExceptionView> exceptions) {
        this.objects = objects;
        this.locals = locals;
        this.returnValues = returnValues;
        this.exceptions = exceptions;
    }

    /** The snapshot of an object's contents at a step; never-changed objects are read as they are now. */
    Object contents(Object owner, int step) {
        History h = objects.get(owner);
        return h == null ? Snapshots.take(owner) : h.at(step);
    }

    boolean changedAt(Object owner, int step) {
        History h = objects.get(owner);
        return h != null && h.changedAt(step);
    }

    PyObject[] fastLocals(PyFrame frame, int step) {
        History h = locals.get(frame);
        return h == null ? frame.fastLocals() : (PyObject[]) h.at(step);
    }

    PyObject returnValue(int step) { return returnValues.get(step); }

    ExceptionView exception(int step) { return exceptions.get(step); }
}
