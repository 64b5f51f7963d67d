package org.cellscope.eval.modules;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.eval.Args;
import org.cellscope.eval.Repr;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/**
 * typing, for the type hints of a learner's program ({@code Callable[[int], int]},
 * {@code Optional[str]}, {@code TypeVar("T")}): the hints are evaluated and print as CPython's
 * do, and nothing checks them, as in CPython. Generic classes (Generic, Protocol) are not supported.
 */
final class TypingModule {
    private TypingModule() {}

    /** The forms that take [...]; a plain one (Any) stands alone. */
    private static final String[] SUBSCRIPTABLE = {"Callable", "Optional", "Union", "List", "Dict", "Tuple", "Set",
        "FrozenSet", "Iterable", "Iterator", "Generator", "Sequence", "Mapping", "MutableMapping", "Type", "ClassVar",
        "Final", "Literal", "Generic", "Protocol"};
    /** Bases that make a generic class, a named tuple or a typed dict: beyond Cellscope. */
    private static final String[] CLASS_FORMS = {"NamedTuple", "TypedDict"};
    private static final String[] PLAIN = {"Any", "NoReturn"};

    static void fill(PyModule m) {
        PyType form = m.textType("_SpecialForm");
        PyType alias = m.textType("_GenericAlias");
        PyType variable = m.textType("TypeVar");
        for (String name : SUBSCRIPTABLE) m.put(name, hint(form, "typing." + name, name));
        for (String name : PLAIN) m.put(name, hint(form, "typing." + name, null));
        for (String name : CLASS_FORMS) m.put(name, hint(form, "<class 'typing." + name + "'>", null));
        PyBuiltin.Body unsupportedBase = (a, kw) -> {
            throw Errors.raise(Errors.NOT_IMPLEMENTED_ERROR,
                "classes based on typing's Generic, Protocol, NamedTuple or TypedDict are not supported by Cellscope");
        };
        form.dict().put("__mro_entries__", new PyBuiltin("__mro_entries__", form, unsupportedBase));
        alias.dict().put("__mro_entries__", new PyBuiltin("__mro_entries__", alias, unsupportedBase));
        form.dict().put("__getitem__", new PyBuiltin("__getitem__", form, (a, kw) -> {
            PyInstance f = (PyInstance) a[0];
            if (f.dict().get("__origin__") == PyNone.NONE) throw Errors.typeError(Repr.repr(f) + " is not subscriptable");
            return subscript(alias, ((PyStr) f.dict().get("__origin__")).value(), a[1]);
        }));
        m.function("TypeVar", (a, kw) -> variable(variable, a, kw, "TypeVar"));
        m.function("ParamSpec", (a, kw) -> {
            PyInstance p = variable(variable, a, kw, "ParamSpec");
            String name = ((PyStr) a[0]).value();
            p.dict().put("args", hint(form, name + ".args", null));
            p.dict().put("kwargs", hint(form, name + ".kwargs", null));
            return p;
        });
        m.function("cast", (a, kw) -> {
            Args.count("cast", a, 2, 2);
            return a[1];
        });
        for (String decorator : new String[] {"overload", "final", "no_type_check"}) {
            m.function(decorator, (a, kw) -> {
                Args.count(decorator, a, 1, 1);
                return a[0];
            });
        }
        m.put("TYPE_CHECKING", PyBool.FALSE);
    }

    private static PyInstance hint(PyType type, String text, String origin) {
        PyInstance h = PyModule.textObject(type, text);
        h.dict().put("__origin__", origin == null ? PyNone.NONE : PyStr.of(origin));
        return h;
    }

    private static PyInstance variable(PyType type, PyObject[] a, java.util.Map<String, PyObject> kw, String what) {
        if (a.length == 0 || !(a[0] instanceof PyStr name)) throw Errors.typeError(what + "() missing required argument 'name'");
        String variance = kw != null && kw.get("covariant") == PyBool.TRUE ? "+"
            : kw != null && kw.get("contravariant") == PyBool.TRUE ? "-" : "~";
        PyInstance v = hint(type, variance + name.value(), null);
        v.dict().put("__name__", name);
        return v;
    }

    /** {@code Form[args]}, printed as typing's _GenericAlias prints (Union[X, None] as Optional[X]). */
    private static PyObject subscript(PyType alias, String origin, PyObject key) {
        List<PyObject> args = key instanceof PyTuple t ? t.items() : List.of(key);
        List<String> parts = new ArrayList<>();
        for (PyObject arg : args) parts.add(item(arg));
        if (origin.equals("Union") || origin.equals("Optional")) {
            List<String> members = new ArrayList<>();
            for (String p : parts) if (!members.contains(p)) members.add(p);
            if (origin.equals("Optional")) members.add("NoneType");
            if (members.size() == 1) return args.get(0);
            if (members.size() == 2 && members.contains("NoneType")) {
                members.remove("NoneType");
                return hint(alias, "typing.Optional[" + members.get(0) + "]", null);
            }
            return hint(alias, "typing.Union[" + String.join(", ", members) + "]", null);
        }
        return hint(alias, "typing." + origin + "[" + String.join(", ", parts) + "]", null);
    }

    /** typing's _type_repr: a class by its name, None as NoneType, a list of them in brackets. */
    private static String item(PyObject o) {
        if (o == PyNone.ELLIPSIS) return "...";
        if (o == PyNone.NONE || o == Types.NONE) return "NoneType";
        if (o instanceof PyList l) {
            List<String> parts = new ArrayList<>();
            for (PyObject x : l.items()) parts.add(item(x));
            return "[" + String.join(", ", parts) + "]";
        }
        if (o instanceof PyType t) return t.qualifiedName();
        return Repr.repr(o);
    }
}
