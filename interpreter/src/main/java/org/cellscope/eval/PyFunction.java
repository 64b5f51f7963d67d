package org.cellscope.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** A function object: code, globals, defaults and the closure cells it captured. */
public final class PyFunction extends PyObject {
    final PyCode code;
    final Map<String, PyObject> globals;
    PyObject[] defaults;            // may be empty, never null
    Map<String, PyObject> kwdefaults; // may be null
    final PyCell[] closure;        // null when the code has no free variables
    String name;
    String qualname;
    /** {@code __annotations__}; null until set or read (see Annotations.of). */
    org.cellscope.runtime.PyDict annotations;
    /** {@code __doc__}: a slot of its own, not an entry of __dict__. */
    PyObject doc;
    /** Function attributes ({@code f.calls = 0}); made on the first write, as most functions never get one. */
    private Map<String, PyObject> dict;

    PyFunction(PyCode code, Map<String, PyObject> globals, PyObject[] defaults, Map<String, PyObject> kwdefaults,
               PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name();
        this.qualname = code.qualname();
        this.doc = code.doc == null ? org.cellscope.runtime.PyNone.NONE : code.doc;
    }

    @Override
    public PyType type() { return Types.FUNCTION; }

    public PyCode code() { return code; }

    public String name() { return name; }

    public String qualname() { return qualname; }

    /** {@code __closure__}: null when None. */
    public PyCell[] closure() { return closure; }

    public PyObject[] defaults() { return defaults; }

    /** The function's attributes; read only (empty) while it has none. */
    public Map<String, PyObject> dict() { return dict == null ? Map.of() : dict; }

    /** The attribute dict itself, made now if need be: for writes and for {@code __dict__}. */
    Map<String, PyObject> writableDict() {
        if (dict == null) dict = new org.cellscope.runtime.TrackedMap<>(this);
        return dict;
    }
}
