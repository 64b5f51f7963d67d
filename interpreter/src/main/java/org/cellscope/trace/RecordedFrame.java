package org.cellscope.trace;

import java.util.Map;
import org.cellscope.eval.PyCode;
import org.cellscope.eval.PyFrame;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyObject;

/**
 * What the trace keeps of a frame: its identity, code, cells, namespace and the history of its
 * plain locals. Smaller than the live frame, which can be collected once it has returned.
 */
final class RecordedFrame {
    final long id;
    final PyCode code;
    final PyCell[] cells;
    /** The module or class namespace, or null for a function frame. */
    final Map<String, PyObject> names;
    /** The plain locals over time; null for a frame without any. */
    History locals;

    private RecordedFrame(PyFrame f) {
        this.id = f.id();
        this.code = f.code();
        this.cells = f.cells();
        this.names = f.names();
    }

    /** The record of a frame, made at its first event (a generator's frame keeps one record across resumptions). */
    static RecordedFrame of(PyFrame f) {
        if (f.recorded() instanceof RecordedFrame r) return r;
        RecordedFrame r = new RecordedFrame(f);
        f.setRecorded(r);
        return r;
    }
}
