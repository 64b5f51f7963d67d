package org.cellscope.eval;

import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** Making classes from class statements and instances from calls to classes. */
final class Classes {
    private Classes() {}

    static PyType create(String name, String qualname, List<PyType> bases, Map<String, PyObject> namespace) {
        PyType t = new PyType(name, qualname, "__main__", bases.isEmpty() ? List.of(org.cellscope.runtime.Types.OBJECT) : bases);
        t.dict().putAll(namespace);
        return t;
    }

    static PyObject instantiate(PyType type, PyObject[] args, Map<String, PyObject> kwargs) {
        PyType builtin = type.builtinBase();
        PyObject instance;
        if (builtin.isSubtypeOf(Errors.BASE_EXCEPTION)) {
            instance = new PyBaseException(type, PyTuple.of(args));
        } else if (!type.isUserDefined() || builtin != org.cellscope.runtime.Types.OBJECT) {
            PyType.Constructor ctor = type.constructor();
            if (ctor == null) throw Errors.typeError("cannot create '" + type.name() + "' instances");
            if (!type.isUserDefined()) return ctor.construct(type, args, kwargs);
            throw Errors.typeError("subclassing builtin type '" + builtin.name() + "' is not supported by Cellscope");
        } else {
            instance = new PyInstance(type);
        }
        PyObject init = type.lookup("__init__");
        if (init != null && type.isUserDefined() && init instanceof PyFunction) {
            PyObject r = Calls.call(init, Calls.prepend(instance, args), kwargs);
            if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
        } else if ((args.length > 0 || (kwargs != null && !kwargs.isEmpty())) && !(instance instanceof PyBaseException)) {
            throw Errors.typeError(type.name() + "() takes no arguments");
        }
        return instance;
    }
}
