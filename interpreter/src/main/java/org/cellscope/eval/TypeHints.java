package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/**
 * The type hints builtins make without the typing module: {@code list[int]} and
 * {@code dict[str, int]} (types.GenericAlias) and {@code int | None} (types.UnionType). Now that
 * annotations are evaluated, a program with modern hints must get these objects, as in CPython.
 */
final class TypeHints {
    private TypeHints() {}

    static final PyType GENERIC_ALIAS = new PyType("GenericAlias", "GenericAlias", "types", List.of(Types.OBJECT));
    static final PyType UNION_TYPE = new PyType("UnionType", "UnionType", "types", List.of(Types.OBJECT));

    static {
        // equal hints compare equal (list[int] == list[int]); Ops asks classes outside builtins for __eq__
        for (PyType t : new PyType[] {GENERIC_ALIAS, UNION_TYPE}) {
            t.dict().put("__eq__", new PyBuiltin("__eq__", t, (a, kw) -> PyBool.of(a[0].equals(a[1]))));
        }
    }

    /** The builtin classes that take {@code [...]}, as their __class_getitem__ does in CPython. */
    private static final Set<PyType> GENERIC = Set.of(Types.LIST, Types.DICT, Types.TUPLE, Types.SET, Types.FROZENSET,
        Types.TYPE);

    /** {@code list[int]}: origin[args]. */
    record Alias(PyType origin, List<PyObject> args) {}

    /** {@code int | None}: the distinct members, in order. */
    record Union(List<PyObject> members) {}

    static final class Hint extends PyObject {
        final Object form; // an Alias or a Union

        Hint(Object form) { this.form = form; }

        @Override
        public PyType type() { return form instanceof Alias ? GENERIC_ALIAS : UNION_TYPE; }

        @Override
        public boolean equals(Object o) { return o instanceof Hint h && h.form.equals(form); }

        @Override
        public int hashCode() { return form.hashCode(); }
    }

    static boolean isGeneric(PyType t) { return GENERIC.contains(t); }

    static PyObject subscript(PyType origin, PyObject key) {
        List<PyObject> args = key instanceof PyTuple t ? t.items() : List.of(key);
        return new Hint(new Alias(origin, List.copyOf(args)));
    }

    /** A type, None or a hint can join a union with {@code |}; null when the operands cannot. */
    static PyObject union(PyObject a, PyObject b) {
        if (!joinable(a) || !joinable(b) || a == PyNone.NONE && b == PyNone.NONE) return null; // a type must take part
        List<PyObject> members = new ArrayList<>();
        for (PyObject side : new PyObject[] {a, b}) {
            List<PyObject> parts = side instanceof Hint h && h.form instanceof Union u ? u.members() : List.of(side);
            for (PyObject p : parts) {
                PyObject member = p == PyNone.NONE ? Types.NONE : p;
                if (!members.contains(member)) members.add(member);
            }
        }
        return members.size() == 1 ? members.get(0) : new Hint(new Union(List.copyOf(members)));
    }

    private static boolean joinable(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof Hint;
    }

    /** The classes isinstance() checks for a union; a parameterized generic cannot be checked. */
    static List<PyObject> members(Hint hint, String function) {
        if (hint.form instanceof Union u) return u.members();
        throw Errors.typeError(function + "() argument 2 cannot be a parameterized generic");
    }

    static String repr(Hint hint) {
        if (hint.form instanceof Union u) {
            List<String> parts = new ArrayList<>();
            for (PyObject m : u.members()) parts.add(m == Types.NONE ? "None" : item(m));
            return String.join(" | ", parts);
        }
        Alias a = (Alias) hint.form;
        List<String> parts = new ArrayList<>();
        for (PyObject arg : a.args()) parts.add(item(arg));
        return item(a.origin()) + "[" + (parts.isEmpty() ? "()" : String.join(", ", parts)) + "]";
    }

    /** How CPython's ga_repr_item names one argument: a class by its name, ... for Ellipsis. */
    private static String item(PyObject o) {
        if (o == PyNone.ELLIPSIS) return "...";
        if (o instanceof PyType t) return t.qualifiedName();
        return Repr.repr(o);
    }
}
