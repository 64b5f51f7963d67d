package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.LazyMethods;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PySlice;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** Installs the builtin types' constructors and method tables (list.append, dict.get, str.join...). */
final class TypeMethods {
    private TypeMethods() {}

    private static boolean installed;

    static synchronized void install() {
        if (installed) return;
        installed = true;
        constructors();
        LazyMethods.installLater(TypeMethods::attributes, Types.INT, Types.FLOAT, Types.RANGE, Types.SLICE,
            Types.BUILTIN_FUNCTION);
        LazyMethods.installLater(SequenceMethods::install, Types.LIST, Types.TUPLE, Types.RANGE);
        LazyMethods.installLater(DictMethods::install, Types.DICT);
        LazyMethods.installLater(SetMethods::install, Types.SET, Types.FROZENSET);
        LazyMethods.installLater(StrMethods::install, Types.STR);
        LazyMethods.installLater(NumberMethods::install, Types.INT, Types.FLOAT);
        LazyMethods.installLater(BuiltinDunders::install, Types.INT, Types.FLOAT, Types.STR, Types.LIST, Types.TUPLE,
            Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE);
        LazyMethods.installLater(BuiltinDunders::installCall, Types.FUNCTION, Types.BUILTIN_FUNCTION, Types.METHOD);
    }

    /** The Java class of each builtin type's values, so a method called through its class checks its self. */
    private static final java.util.Map<PyType, Class<?>> VALUES = java.util.Map.of(Types.INT, PyInt.class,
        Types.BOOL, PyBool.class, Types.FLOAT, PyFloat.class, Types.STR, PyStr.class, Types.LIST, PyList.class,
        Types.TUPLE, PyTuple.class, Types.DICT, PyDict.class, Types.SET, org.cellscope.runtime.PySet.class,
        Types.FROZENSET, org.cellscope.runtime.PySet.class, Types.RANGE, PyRange.class);

    /** A method taking min..max positional arguments after self, refusing others in CPython's words. */
    static void method(PyType t, String name, int min, int max, PyBuiltin.Body body) {
        method(t, name, (a, kw) -> {
            int given = a.length - 1;
            if (min == max && min <= 1 && given != min) {
                throw Errors.typeError(t.name() + "." + name + "() takes " + (min == 0 ? "no arguments" : "exactly one argument")
                    + " (" + given + " given)");
            }
            Args.method(name, a, min, max);
            return body.call(a, kw);
        });
    }

    /**
     * Methods CPython parses with METH_VARARGS: refusing keywords, their message names the bare method,
     * where the others name it with its type ("str.upper() takes no keyword arguments").
     */
    private static final java.util.Set<String> VARARGS = java.util.Set.of("str.count", "str.endswith", "str.find",
        "str.index", "str.rfind", "str.rindex", "str.startswith", "set.difference", "set.difference_update",
        "set.intersection", "set.intersection_update", "set.union", "set.update", "frozenset.difference",
        "frozenset.intersection", "frozenset.union");

    /**
     * obj.method(k=v) and type.method(obj, k=v) call the method descriptor itself, whose refusal
     * names the type even for a METH_VARARGS method ("str.find()"); the bare name is a bound method
     * object's, and is what a traced call says.
     */
    static void refuseKeywordsAsDescriptor(PyObject fn) {
        PyObject f = fn instanceof org.cellscope.runtime.PyMethod m ? m.function() : fn;
        if (f instanceof PyBuiltin b && b.owner() != null && VARARGS.contains(b.owner().name() + "." + b.name())) {
            throw Errors.typeError(b.owner().name() + "." + b.name() + "() takes no keyword arguments");
        }
    }

    /** A method of a builtin type that takes no keyword arguments; CPython refuses them before counting the others. */
    static void method(PyType t, String name, PyBuiltin.Body body) {
        String shown = VARARGS.contains(t.name() + "." + name) ? name : t.name() + "." + name;
        keywordMethod(t, name, (a, kw) -> {
            if (kw != null && !kw.isEmpty()) throw Errors.typeError(shown + "() takes no keyword arguments");
            return body.call(a, kw);
        });
    }

    /** A method of a builtin type; called unbound ({@code str.upper(x)}) it refuses a missing or foreign self. */
    static void keywordMethod(PyType t, String name, PyBuiltin.Body body) {
        Class<?> values = VALUES.getOrDefault(t, PyObject.class);
        t.dict().put(name, new PyBuiltin(name, t, (a, kw) -> {
            if (a.length == 0) throw Errors.typeError("unbound method " + t.name() + "." + name + "() needs an argument");
            if (!values.isInstance(a[0]) || !a[0].type().isSubtypeOf(t)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                    + a[0].type().name() + "' object");
            }
            return body.call(a, kw);
        }));
    }

    /** A read-only data attribute of a builtin type ({@code (5).real}, {@code range(3).stop}), as a property. */
    static void attribute(PyType t, String name, java.util.function.UnaryOperator<PyObject> getter) {
        t.dict().put(name, new Descriptors.Property(new PyBuiltin(name, t, (a, kw) -> getter.apply(a[0])), null, null));
    }

    private static void attributes() {
        attribute(Types.INT, "real", o -> PyInt.of(((PyInt) o).bigValue()));
        attribute(Types.INT, "imag", o -> PyInt.of(0));
        attribute(Types.INT, "numerator", o -> PyInt.of(((PyInt) o).bigValue()));
        attribute(Types.INT, "denominator", o -> PyInt.of(1));
        attribute(Types.FLOAT, "real", o -> o);
        attribute(Types.FLOAT, "imag", o -> new PyFloat(0));
        attribute(Types.RANGE, "start", o -> PyInt.of(((PyRange) o).start));
        attribute(Types.RANGE, "stop", o -> PyInt.of(((PyRange) o).stop));
        attribute(Types.RANGE, "step", o -> PyInt.of(((PyRange) o).step));
        attribute(Types.SLICE, "start", o -> ((PySlice) o).start);
        attribute(Types.SLICE, "stop", o -> ((PySlice) o).stop);
        attribute(Types.SLICE, "step", o -> ((PySlice) o).step);
        attribute(Types.BUILTIN_FUNCTION, "__name__", o -> PyStr.of(((PyBuiltin) o).name()));
        attribute(Types.BUILTIN_FUNCTION, "__qualname__", o -> {
            PyBuiltin b = (PyBuiltin) o;
            return PyStr.of(b.owner() == null ? b.name() : b.owner().name() + "." + b.name());
        });
        attribute(Types.BUILTIN_FUNCTION, "__doc__", o -> BuiltinDocs.of((PyBuiltin) o));
        attribute(Types.BUILTIN_FUNCTION, "__module__", o -> ((PyBuiltin) o).owner() == null ? PyStr.of("builtins") : PyNone.NONE);
    }

    /** str(x, encoding, errors), str.encode, int.to_bytes...: bytes, which Cellscope does not have. */
    private static org.cellscope.runtime.PyRaise bytesUnsupported() {
        return Errors.raise(Errors.NOT_IMPLEMENTED_ERROR, "bytes are not supported by Cellscope yet");
    }

    /** A method that makes or reads bytes: present, so that calling it says why it cannot run. */
    static void bytesMethod(PyType t, String name) {
        t.dict().put(name, new PyBuiltin(name, t, (a, kw) -> {
            throw bytesUnsupported();
        }));
    }

    private static void constructors() {
        Types.INT.setConstructor((t, a, kw) -> {
            Args.onlyKeywords("int", kw, "base");
            if (a.length > 2) throw Errors.typeError("int() takes at most 2 arguments (" + a.length + " given)");
            PyObject base = Args.kw(kw, "base");
            if (a.length == 2) base = a[1];
            if (base != null) return NumberParsing.intFromText(a.length == 0 ? null : a[0], Args.toLong(base));
            return a.length == 0 ? PyInt.of(0) : NumberParsing.toInt(a[0]);
        });
        Types.BOOL.setConstructor((t, a, kw) -> {
            Args.noKeywords("bool", kw);
            Args.count("bool", a, 0, 1);
            return PyBool.of(a.length > 0 && Ops.truthy(a[0]));
        });
        Types.FLOAT.setConstructor((t, a, kw) -> {
            Args.noKeywords("float", kw);
            Args.count("float", a, 0, 1);
            return a.length == 0 ? new PyFloat(0) : NumberParsing.toFloat(a[0]);
        });
        Types.STR.setConstructor((t, a, kw) -> {
            Args.onlyKeywords("str", kw, "object", "encoding", "errors");
            if (kw != null && (kw.containsKey("encoding") || kw.containsKey("errors"))) throw bytesUnsupported();
            if (a.length == 0 && kw != null && kw.containsKey("object")) return PyStr.of(Repr.str(kw.get("object")));
            if (a.length > 3) throw Errors.typeError("str() takes at most 3 arguments (" + a.length + " given)");
            if (a.length > 1) throw bytesUnsupported();
            return a.length == 0 ? PyStr.EMPTY : PyStr.of(Repr.str(a[0]));
        });
        Types.LIST.setConstructor((t, a, kw) -> {
            Args.noKeywords("list", kw);
            Args.count("list", a, 0, 1);
            return a.length == 0 ? new PyList() : new PyList(Sequences.listFrom(a[0]));
        });
        Types.TUPLE.setConstructor((t, a, kw) -> {
            Args.noKeywords("tuple", kw);
            Args.count("tuple", a, 0, 1);
            return a.length == 0 ? PyTuple.EMPTY : a[0] instanceof PyTuple tuple ? tuple : PyTuple.of(Sequences.listFrom(a[0]));
        });
        Types.SET.setConstructor((t, a, kw) -> {
            Args.noKeywords("set", kw);
            Args.count("set", a, 0, 1);
            return SetMethods.of(false, a.length == 0 ? null : a[0]);
        });
        Types.FROZENSET.setConstructor((t, a, kw) -> {
            Args.noKeywords("frozenset", kw);
            Args.count("frozenset", a, 0, 1);
            return SetMethods.of(true, a.length == 0 ? null : a[0]);
        });
        Types.DICT.setConstructor((t, a, kw) -> {
            Args.count("dict", a, 0, 1);
            PyDict d = new PyDict();
            if (a.length > 0) DictMethods.update(d, a[0]);
            if (kw != null) kw.forEach((k, v) -> d.map().put(PyStr.of(k), v));
            return d;
        });
        Types.RANGE.setConstructor((t, a, kw) -> {
            Args.noKeywords("range", kw);
            if (a.length == 0) throw Errors.typeError("range expected at least 1 argument, got 0");
            Args.count("range", a, 1, 3);
            long start = a.length == 1 ? 0 : Args.toLong(a[0]);
            long stop = Args.toLong(a.length == 1 ? a[0] : a[1]);
            long step = a.length == 3 ? Args.toLong(a[2]) : 1;
            if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
            return new PyRange(start, stop, step);
        });
        Types.TYPE.setConstructor((t, a, kw) -> {
            if (a.length == 1 && kw != null && !kw.isEmpty()) throw Errors.typeError("type() takes no keyword arguments");
            if (a.length == 1) return a[0].type();
            if (a.length == 3) return Classes.fromCall(a[0], a[1], a[2], kw);
            throw Errors.typeError("type() takes 1 or 3 arguments");
        });
        Types.OBJECT.setConstructor((t, a, kw) -> {
            if (a.length > 0 || kw != null && !kw.isEmpty()) throw Errors.typeError("object() takes no arguments");
            return new org.cellscope.runtime.PyInstance(t);
        });
        Types.NONE.setConstructor((t, a, kw) -> PyNone.NONE);
        Types.SLICE.setConstructor((t, a, kw) -> {
            Args.noKeywords("slice", kw);
            Args.count("slice", a, 1, 3);
            if (a.length == 1) return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
            return new PySlice(a[0], a[1], a.length == 3 ? a[2] : PyNone.NONE);
        });
        method(Types.SLICE, "__repr__", (a, kw) -> {
            PySlice sl = (PySlice) a[0];
            return PyStr.of("slice(" + Repr.repr(sl.start) + ", " + Repr.repr(sl.stop) + ", " + Repr.repr(sl.step) + ")");
        });
        method(Types.SLICE, "indices", (a, kw) -> {
            Args.method("slice.indices", a, 1, 1);
            long length = Args.toLong(a[1]);
            if (length < 0) throw Errors.valueError("length should not be negative");
            Items.SliceIndices ix = Items.SliceIndices.of((PySlice) a[0], length);
            return PyTuple.of(PyInt.of(ix.start()), PyInt.of(ix.stop()), PyInt.of(ix.step()));
        });
    }
}
