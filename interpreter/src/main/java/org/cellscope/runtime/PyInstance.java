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

    /** As a dict key or set member: the class's __eq__ and __hash__, if it defines them. */
    @Override
    public boolean equals(Object o) { return UserEquality.equal(this, o); }

    @Override
    public int hashCode() { return Long.hashCode(UserEquality.hash(this)); }
}
