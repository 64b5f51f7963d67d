package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyIter;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/**
 * reversed() of a sequence without __reversed__: len() once when made, then items from the
 * last index down, as CPython's reversed object asks for them.
 */
final class ReversedSequence extends PyIter {
    static final PyType TYPE = Types.builtin("reversed", Types.OBJECT);

    private PyObject seq; // null once exhausted
    private long index;

    ReversedSequence(PyObject seq) {
        super(TYPE);
        this.seq = seq;
        this.index = Ops.len(seq) - 1;
    }

    @Override
    public PyObject next() {
        if (seq != null && index >= 0) {
            try {
                PyObject item = Items.getItem(seq, PyInt.of(index));
                index--;
                return item;
            } catch (PyRaise r) {
                PyType t = r.exception().type();
                if (!t.isSubtypeOf(Errors.INDEX_ERROR) && !t.isSubtypeOf(Errors.STOP_ITERATION)) throw r;
            }
        }
        index = -1;
        seq = null;
        return null;
    }

    /** __length_hint__: asks the sequence its length again, as reversed_len does. */
    long lengthHint() {
        if (seq == null) return 0;
        long size = Ops.len(seq), position = index + 1;
        return size < position ? 0 : position;
    }
}
