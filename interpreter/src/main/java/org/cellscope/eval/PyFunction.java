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
    final Map<String, PyObject> dict = new LinkedHashMap<>();

    PyFunction(PyCode code, Map<String, PyObject> globals, PyObject[] defaults, Map<String, PyObject> kwdefaults,
               PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name();
        this.qualname = code.qualname();
    }

    @Override
    public PyType type() { return Types.FUNCTION; }

    public PyCode code() { return code; }

    public String name() { return name; }

    public String qualname() { return qualname; }

    /** {@code __closure__}: null when None. */
    public PyCell[] closure() { return closure; }

    public PyObject[] defaults() { return defaults; }

    public Map<String, PyObject> dict() { return dict; }
}
