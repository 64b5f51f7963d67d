package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyHash;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;

/** __hash__ and __eq__ of classes the program defines, for dict keys and set members. */
final class UserDunders implements PyInstance.Dunders {
    static {
        PyInstance.setDunders(new UserDunders());
    }

    /** Loads this class, which installs the hooks; called once by the builtins. */
    static void install() {
        // the static initializer did the work
    }

    @Override
    public long hash(PyInstance self) {
        PyObject m = userMethod(self.type(), "__hash__");
        if (m == null) return PyHash.ofIdentity(self);
        PyObject r = Calls.call(m, new PyObject[] {self}, null);
        if (!(r instanceof PyInt i)) throw Errors.typeError("__hash__ method should return an integer");
        // CPython keeps a result that fits in a Py_hash_t as it is (only -1 becomes -2); bigger ones are hashed again
        if (!i.isSmall()) return PyHash.of(i);
        return i.longValue() == -1 ? -2 : i.longValue();
    }

    @Override
    public boolean equal(PyInstance self, PyObject other) {
        PyObject m = userMethod(self.type(), "__eq__");
        if (m == null) return false;
        PyObject r = Calls.call(m, new PyObject[] {self, other}, null);
        return r != PyNone.NOT_IMPLEMENTED && Ops.truthy(r);
    }

    /** The method a user class (or a user base) defines, ignoring builtin bases. */
    private static PyObject userMethod(PyType t, String name) {
        for (PyType c : t.mro()) {
            if (!c.isUserDefined()) return null;
            PyObject m = c.dict().get(name);
            if (m != null) return m == PyNone.NONE ? null : m;
        }
        return null;
    }
}
