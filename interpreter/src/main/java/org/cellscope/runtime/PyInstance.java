package org.cellscope.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class the program defined: its class and its attribute dict. */
public class PyInstance extends PyObject {
    private PyType type;
    private final Map<String, PyObject> dict = new LinkedHashMap<>();

    public PyInstance(PyType type) { this.type = type; }

    @Override
    public PyType type() { return type; }

    public void setType(PyType type) { this.type = type; }

    public Map<String, PyObject> dict() { return dict; }
}
