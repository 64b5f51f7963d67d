package org.cellscope.runtime;

import java.util.List;
import java.util.Map;

/**
 * Instances of a class the program derived from list, dict or str ({@code class Stack(list)}):
 * the builtin value, with the program's class as its type so its methods are found first.
 */
public final class BuiltinSubclass {
    private BuiltinSubclass() {}

    static final class ListOf extends PyList {
        private final PyType type;

        ListOf(PyType type, List<PyObject> items) {
            super(items);
            this.type = type;
        }

        @Override
        public PyType type() { return type; }
    }

    static final class DictOf extends PyDict {
        private final PyType type;

        DictOf(PyType type, Map<PyObject, PyObject> entries) {
            this.type = type;
            map().putAll(entries);
        }

        @Override
        public PyType type() { return type; }
    }

    static final class StrOf extends PyStr {
        private final PyType type;

        StrOf(PyType type, String value) {
            super(value);
            this.type = type;
        }

        @Override
        public PyType type() { return type; }
    }

    /** The value base (made by the builtin type's constructor) as an instance of type; null when base is of no such kind. */
    public static PyObject of(PyType type, PyObject base) {
        if (base instanceof PyList l) return new ListOf(type, l.items());
        if (base instanceof PyDict d) return new DictOf(type, d.map());
        if (base instanceof PyStr s) return new StrOf(type, s.value());
        return null;
    }
}
