package org.cellscope.eval.modules;

import org.cellscope.eval.Args;
import org.cellscope.eval.Calls;
import org.cellscope.eval.Ops;
import org.cellscope.runtime.PyIter;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** itertools.groupby: groups share the source iterator, so moving on to the next group abandons the current one. */
final class GroupBy {
    private final PyObject it;
    private final PyObject keyFunc; // null: identity
    private final PyType grouperType;
    private PyObject tgtKey;
    private PyObject currKey;
    private PyObject currValue;
    private Object currGrouper;

    private GroupBy(PyObject it, PyObject keyFunc, PyType grouperType) {
        this.it = it;
        this.keyFunc = keyFunc;
        this.grouperType = grouperType;
    }

    static void fill(PyModule m) {
        PyType type = m.newType("groupby");
        PyType grouperType = m.newType("_grouper");
        m.function("groupby", (a, kw) -> {
            Args.onlyKeywords("groupby", kw, "iterable", "key");
            Args.count("groupby", a, 0, 2);
            PyObject key = a.length > 1 ? a[1] : Args.kw(kw, "key");
            PyObject iterable = a.length > 0 ? a[0] : Args.kw(kw, "iterable");
            GroupBy g = new GroupBy(Ops.iter(iterable), key == PyNone.NONE ? null : key, grouperType);
            return PyIter.of(g::nextGroup, type);
        });
    }

    /** Pulls one item and computes its key; false at the end of the source. */
    private boolean step() {
        PyObject v = Ops.next(it);
        if (v == null) return false;
        currKey = keyFunc == null ? v : Calls.call(keyFunc, new PyObject[] {v}, null);
        currValue = v;
        return true;
    }

    private PyObject nextGroup() {
        currGrouper = null;
        while (true) {
            if (currKey != null) {
                if (tgtKey == null || !Ops.equal(tgtKey, currKey)) break;
            }
            if (!step()) return null;
        }
        tgtKey = currKey;
        PyObject groupKey = tgtKey;
        Object[] self = new Object[1];
        PyIter grouper = PyIter.of(() -> {
            if (currGrouper != self[0]) return null;
            if (currValue == null && !step()) return null;
            if (!Ops.equal(groupKey, currKey)) return null;
            PyObject r = currValue;
            currValue = null;
            return r;
        }, grouperType);
        self[0] = grouper;
        currGrouper = grouper;
        return PyTuple.of(currKey, grouper);
    }
}
