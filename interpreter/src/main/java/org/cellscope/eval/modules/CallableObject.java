package org.cellscope.eval.modules;

import java.util.Map;
import java.util.function.Supplier;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyCallable;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyType;

/**
 * A callable object a module makes (functools.partial, an lru_cache wrapper, operator.itemgetter):
 * a Java body, attributes in its dict, and optionally its own repr.
 */
final class CallableObject extends PyInstance implements PyCallable {
    private final PyBuiltin.Body body;
    private final Supplier<String> repr;

    CallableObject(PyType type, PyBuiltin.Body body, Supplier<String> repr) {
        super(type);
        this.body = body;
        this.repr = repr;
    }

    @Override
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) { return body.call(args, kwargs); }

    /** A type whose instances print with their own repr. */
    static PyType reprType(PyModule m, String name) {
        PyType t = m.newType(name);
        t.dict().put("__repr__", new PyBuiltin("__repr__", t, (a, kw) -> PyStr.of(((CallableObject) a[0]).repr.get())));
        return t;
    }
}
