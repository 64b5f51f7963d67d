package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyType;

/**
 * {@code __slots__}: a class that lists its instance attributes gets a member descriptor for each
 * and no {@code __dict__}, so assigning any other attribute fails. Cellscope keeps the slots'
 * values in the instance's attribute map all the same, where the debugger shows them; so a
 * subclass without __slots__, whose instances regain a __dict__, shows them in it too (CPython
 * keeps them apart).
 */
final class Slots {
    private Slots() {}

    /** Puts a member descriptor into t for each name of its __slots__; "__dict__" and "__weakref__" get theirs back. */
    static void declare(PyType t, PyObject slots, Map<String, PyObject> namespace) {
        for (String name : names(slots)) {
            if (namespace.containsKey(name)) throw Errors.valueError("'" + name + "' in __slots__ conflicts with class variable");
            t.dict().put(name, name.equals("__dict__") || name.equals("__weakref__") ? new Classes.AttributeSlot(name, t) : new Member(name, t));
        }
    }

    private static List<String> names(PyObject slots) {
        List<String> names = new ArrayList<>();
        for (PyObject item : slots instanceof PyStr ? List.of(slots) : Ops.toList(slots)) {
            if (!(item instanceof PyStr s)) throw Errors.typeError("__slots__ items must be strings, not '" + item.type().name() + "'");
            names.add(s.value());
        }
        return names;
    }

    /** Whether instances of t carry a __dict__: no class of its line declared __slots__, or one of them did not (or listed "__dict__"). */
    static boolean hasDict(PyType t) {
        // of the builtin classes, only the exceptions keep attributes of their own (object().x = 1 fails)
        if (!t.isUserDefined()) return t.isSubtypeOf(Errors.BASE_EXCEPTION);
        return t.lookup("__slots__") == null || t.lookup("__dict__") instanceof Classes.AttributeSlot;
    }

    /** A slot of a class: {@code <member 'x' of 'Point' objects>}, a data descriptor. */
    static final class Member extends PyObject {
        private static final PyType TYPE = org.cellscope.runtime.Types.builtin("member_descriptor", org.cellscope.runtime.Types.OBJECT);
        private final String name;
        private final PyType owner;

        Member(String name, PyType owner) {
            this.name = name;
            this.owner = owner;
        }

        @Override
        public PyType type() { return TYPE; }

        PyObject get(PyObject self) {
            PyObject v = values(self).get(name);
            if (v == null) throw Attributes.missing(self, name);
            return v;
        }

        void set(PyObject self, PyObject value) { values(self).put(name, value); }

        void delete(PyObject self) {
            if (values(self).remove(name) == null) throw Errors.raise(Errors.ATTRIBUTE_ERROR, name);
        }

        private Map<String, PyObject> values(PyObject self) {
            if (!(self instanceof PyInstance inst) || !self.type().isSubtypeOf(owner)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + self.type().name() + "' object");
            }
            return inst.dict();
        }

        @Override
        public String toString() { return "<member '" + name + "' of '" + owner.name() + "' objects>"; }
    }
}
