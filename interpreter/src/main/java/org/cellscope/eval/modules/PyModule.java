package org.cellscope.eval.modules;

import java.util.List;
import java.util.Map;
import org.cellscope.eval.Args;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** A module object: its attributes are its dict, as {@code math.pi} reads them. */
public final class PyModule extends PyInstance {
    static {
        Types.MODULE.dict().put("__repr__", new PyBuiltin("__repr__", Types.MODULE,
            (a, kw) -> PyStr.of("<module '" + ((PyModule) Args.self(a, Types.MODULE, "__repr__")).name + "' (built-in)>")));
    }

    private final String name;

    PyModule(String name) {
        super(Types.MODULE);
        this.name = name;
        dict().put("__name__", PyStr.of(name));
    }

    public String name() { return name; }

    /** The builtins module of a run ({@code __builtins__}): its attributes are the builtins. */
    public static PyModule builtins(Map<String, PyObject> builtins) {
        PyModule m = new PyModule("builtins");
        builtins.forEach(m::put);
        return m;
    }

    /** The public names, for {@code from module import *}. */
    public List<String> publicNames() {
        return dict().keySet().stream().filter(n -> !n.startsWith("_")).toList();
    }

    void function(String fname, PyBuiltin.Body body) { dict().put(fname, new PyBuiltin(fname, null, body)); }

    void put(String attr, PyObject value) { dict().put(attr, value); }

    /** A class of this module whose instances print as the text each was made with ({@link #textObject}). */
    PyType textType(String typeName) {
        PyType t = newType(typeName);
        t.dict().put("__repr__", new PyBuiltin("__repr__", t, (a, kw) -> ((PyInstance) a[0]).dict().get(REPR_TEXT)));
        return t;
    }

    /** An instance of a {@link #textType} class that prints as text ({@code _Feature(...)}, {@code typing.List[int]}). */
    static PyInstance textObject(PyType type, String text) {
        PyInstance o = new PyInstance(type);
        o.dict().put(REPR_TEXT, PyStr.of(text));
        return o;
    }

    private static final String REPR_TEXT = "__repr_text__";

    /** A class of this module, for objects the module makes ({@code itertools.count}, {@code functools.partial}). */
    PyType newType(String typeName) { return new PyType(typeName, typeName, name, List.of(Types.OBJECT)); }
}
