package org.cellscope.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class the program defined: its class and its attribute dict. */
public class PyInstance extends PyObject {
    private final PyType type;
    private final TrackedMap<PyObject, PyObject> attributes = new TrackedMap<>(this);
    private final Map<String, PyObject> dict = new StringKeyMap(attributes);
    private PyDict dictObject;

    public PyInstance(PyType type) { this.type = type; }

    @Override
    public PyType type() { return type; }

    /** The attributes by name (a view of {@link #dictObject()}). */
    public Map<String, PyObject> dict() { return dict; }

    /** {@code obj.__dict__}: a dict that is the attribute storage itself. */
    public PyDict dictObject() {
        if (dictObject == null) dictObject = new PyDict(attributes);
        return dictObject;
    }

    /** The interpreter's side of __hash__ and __eq__ for classes that define them (set by the evaluator). */
    public interface Dunders {
        long hash(PyInstance self);

        boolean equal(PyInstance self, PyObject other);
    }

    private static Dunders dunders;

    public static void setDunders(Dunders d) { dunders = d; }

    static long userHash(PyInstance o) { return dunders.hash(o); }

    /** Dict keys and set members of user classes compare through the class's __eq__ and __hash__. */
    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return dunders != null && type.isUserDefined() && o instanceof PyObject p && dunders.equal(this, p);
    }

    @Override
    public int hashCode() {
        return dunders != null && type.isUserDefined() ? Long.hashCode(dunders.hash(this)) : System.identityHashCode(this);
    }
}
