package org.cellscope.trace;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.cellscope.runtime.PyObject;

/** The recorded changes of a run: what each object, and each frame's locals, held at any step. */
final class StateHistory {
    private final IdentityHashMap<Object, History> objects;
    StateHistory(IdentityHashMap<Object, History> objects) {
        this.objects = objects;
    }

    /** The snapshot of an object's contents at a step; never-changed objects are read as they are now. */
    Object contents(Object owner, int step) {
        History h = objects.get(owner);
        return h == null ? Snapshots.take(owner) : h.at(step);
    }

    /** Each changed heap object's id with its change steps; namespaces (not heap objects) are left out. */
    Map<Long, int[]> changesById() {
        Map<Long, int[]> out = new HashMap<>();
        objects.forEach((owner, h) -> {
            if (owner instanceof PyObject o) out.put(o.id(), h.changeSteps());
        });
        return out;
    }

    PyObject[] fastLocals(RecordedFrame frame, int step) {
        return frame.locals == null ? new PyObject[0] : (PyObject[]) frame.locals.at(step);
    }
}
