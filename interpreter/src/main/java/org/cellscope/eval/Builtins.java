package org.cellscope.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyCallable;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyHash;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyMethod;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** The builtins module of one run: functions, types and exception classes. */
public final class Builtins {
    private Builtins() {}

    static Map<String, PyObject> create(Runner runner) {
        TypeMethods.install();
        Map<String, PyObject> b = new HashMap<>();
        for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.STR, Types.LIST,
            Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE}) {
            b.put(t.name(), t);
        }
        for (PyType t : Errors.ALL) b.put(t.name(), t);
        for (PyType t : Errors.OTHERS) b.put(t.name(), t);
        b.put("EnvironmentError", Errors.OS_ERROR); // old names of OSError, kept by Python 3
        b.put("IOError", Errors.OS_ERROR);
        b.put("None", PyNone.NONE);
        b.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
        b.put("Ellipsis", PyNone.ELLIPSIS);
        b.put("True", PyBool.TRUE);
        b.put("False", PyBool.FALSE);
        CoreBuiltins.install(b, runner);
        SiteBuiltins.install(b);
        IterBuiltins.install(b);
        NumberBuiltins.install(b);
        keywordFn(b, "print", (args, kw) -> print(runner, args, kw));
        fn(b, "input", (args, kw) -> {
            Args.count("input", args, 0, 1);
            if (args.length > 0) runner.write(Repr.str(args[0]));
            String line = runner.readLine();
            if (line == null) throw Errors.raise(Errors.EOF_ERROR, "EOF when reading a line");
            return PyStr.of(line);
        });
        fn(b, "len", (args, kw) -> {
            Args.count("len", args, 1, 1);
            return PyInt.of(Ops.len(args[0]));
        });
        fn(b, "repr", (args, kw) -> {
            Args.count("repr", args, 1, 1);
            return PyStr.of(Repr.repr(args[0]));
        });
        fn(b, "ascii", (args, kw) -> {
            Args.count("ascii", args, 1, 1);
            return PyStr.of(ascii(Repr.repr(args[0])));
        });
        fn(b, "format", (args, kw) -> {
            Args.count("format", args, 1, 2);
            return PyStr.of(FormatSpec.format(args[0], args.length > 1 ? Args.str("format() argument 2", args[1]) : ""));
        });
        fn(b, "id", (args, kw) -> {
            Args.count("id", args, 1, 1);
            return PyInt.of(args[0].id());
        });
        fn(b, "hash", (args, kw) -> {
            Args.count("hash", args, 1, 1);
            return PyInt.of(hash(args[0]));
        });
        fn(b, "callable", (args, kw) -> {
            Args.count("callable", args, 1, 1);
            return PyBool.of(isCallable(args[0]));
        });
        fn(b, "isinstance", (args, kw) -> {
            Args.count("isinstance", args, 2, 2);
            return PyBool.of(isInstance(args[0], args[1]));
        });
        fn(b, "issubclass", (args, kw) -> {
            Args.count("issubclass", args, 2, 2);
            if (!(args[0] instanceof PyType t)) throw Errors.typeError("issubclass() arg 1 must be a class");
            return PyBool.of(isSubclass(t, args[1]));
        });
        fn(b, "getattr", (args, kw) -> {
            Args.count("getattr", args, 2, 3);
            String name = attrName(args[1]);
            if (args.length == 2) return Attributes.get(args[0], name);
            try {
                PyObject v = Attributes.find(args[0], name);
                return v == null ? args[2] : v;
            } catch (org.cellscope.runtime.PyRaise r) {
                if (!r.exception().type().isSubtypeOf(Errors.ATTRIBUTE_ERROR)) throw r;
                return args[2];
            }
        });
        fn(b, "setattr", (args, kw) -> {
            Args.count("setattr", args, 3, 3);
            Attributes.set(args[0], attrName(args[1]), args[2]);
            return PyNone.NONE;
        });
        fn(b, "hasattr", (args, kw) -> {
            Args.count("hasattr", args, 2, 2);
            try {
                return PyBool.of(Attributes.find(args[0], attrName(args[1])) != null);
            } catch (org.cellscope.runtime.PyRaise r) {
                if (!r.exception().type().isSubtypeOf(Errors.ATTRIBUTE_ERROR)) throw r;
                return PyBool.FALSE;
            }
        });
        fn(b, "delattr", (args, kw) -> {
            Args.count("delattr", args, 2, 2);
            Attributes.delete(args[0], attrName(args[1]));
            return PyNone.NONE;
        });
        fn(b, "vars", (args, kw) -> {
            Args.count("vars", args, 0, 1);
            if (args.length == 0) return CoreBuiltins.locals(runner.top);
            PyObject d = args[0] instanceof PyInstance || args[0] instanceof PyType || args[0] instanceof PyFunction
                ? Attributes.find(args[0], "__dict__") : null;
            if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
            return d;
        });
        fn(b, "dir", (args, kw) -> {
            Args.count("dir", args, 0, 1);
            return args.length == 0 ? sortedNames(CoreBuiltins.locals(runner.top)) : dir(args[0]);
        });
        return b;
    }

    /** A builtin function that takes no keyword arguments; CPython refuses them before counting the others. */
    static void fn(Map<String, PyObject> b, String name, PyBuiltin.Body body) {
        keywordFn(b, name, (args, kw) -> {
            Args.noKeywords(name, kw);
            return body.call(args, kw);
        });
    }

    /** A builtin function whose body checks the keyword arguments it takes. */
    static void keywordFn(Map<String, PyObject> b, String name, PyBuiltin.Body body) {
        b.put(name, new PyBuiltin(name, null, body));
    }

    private static PyObject print(Runner runner, PyObject[] args, Map<String, PyObject> kw) {
        Args.onlyKeywords("print", kw, "sep", "end", "file", "flush");
        PyObject sepArg = Args.kw(kw, "sep"), endArg = Args.kw(kw, "end");
        String sep = sepArg == null || sepArg == PyNone.NONE ? " " : textArg("sep", sepArg);
        String end = endArg == null || endArg == PyNone.NONE ? "\n" : textArg("end", endArg);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) pieces.add(sep);
            pieces.add(Repr.str(args[i]));
        }
        pieces.add(end);
        PyObject file = Args.kw(kw, "file");
        if (file == null || file == PyNone.NONE) {
            runner.write(String.join("", pieces));
            return PyNone.NONE;
        }
        // there is no sys.stdout: a file is an object of the program's own, written piece by piece as CPython does
        PyObject write = Attributes.get(file, "write");
        for (String piece : pieces) Calls.call(write, new PyObject[] {PyStr.of(piece)}, null);
        if (Args.truthy(kw, "flush")) Calls.call(Attributes.get(file, "flush"), new PyObject[0], null);
        return PyNone.NONE;
    }

    private static String textArg(String name, PyObject v) {
        if (v instanceof PyStr s) return s.value();
        throw Errors.typeError(name + " must be None or a string, not " + v.type().name());
    }

    private static String attrName(PyObject o) {
        if (o instanceof PyStr s) return s.value();
        throw Errors.typeError("attribute name must be string, not '" + o.type().name() + "'");
    }

    /** repr with every non-ASCII character escaped. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 0x80) sb.appendCodePoint(c);
            else if (c <= 0xff) sb.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        });
        return sb.toString();
    }

    /** hash(): CPython's values for builtin data; a class's own __hash__ when it has one. */
    static long hash(PyObject o) {
        Hashing.key(o);
        return PyHash.of(o);
    }

    static boolean isInstance(PyObject o, PyObject classinfo) {
        if (classinfo instanceof PyTuple t) {
            for (PyObject c : t.items()) if (isInstance(o, c)) return true;
            return false;
        }
        if (classinfo instanceof TypeHints.Hint hint) {
            for (PyObject c : TypeHints.members(hint, "isinstance")) if (isInstance(o, c)) return true;
            return false;
        }
        if (!(classinfo instanceof PyType t)) throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        return o.type().isSubtypeOf(t);
    }

    private static boolean isSubclass(PyType t, PyObject classinfo) {
        if (classinfo instanceof PyTuple tuple) {
            for (PyObject c : tuple.items()) if (isSubclass(t, c)) return true;
            return false;
        }
        if (classinfo instanceof TypeHints.Hint hint) {
            for (PyObject c : TypeHints.members(hint, "issubclass")) if (isSubclass(t, c)) return true;
            return false;
        }
        if (!(classinfo instanceof PyType c)) throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return t.isSubtypeOf(c);
    }

    public static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyCallable || o instanceof PyType
            || o instanceof PyMethod || o.type().lookup("__call__") != null;
    }

    private static final String[] OBJECT_ATTRIBUTES = {"__class__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
        "__str__", "__subclasshook__"};

    /** dir(obj): the sorted names of its own attributes and its class's, down the MRO. */
    private static PyList dir(PyObject o) {
        TreeSet<String> names = new TreeSet<>(List.of(OBJECT_ATTRIBUTES));
        if (o instanceof PyInstance inst) names.addAll(inst.dict().keySet());
        if (o instanceof PyFunction fn) names.addAll(fn.dict().keySet());
        List<PyType> mro = o instanceof PyType t ? t.mro() : o.type().mro();
        for (PyType t : mro) names.addAll(t.dict().keySet());
        names.remove("__qualname__"); // the class statement's namespace entry, not an attribute of the class
        PyType cls = o instanceof PyType t ? t : o.type();
        if (cls.isUserDefined()) {
            names.add("__module__");
            if (Slots.hasDict(cls)) names.add("__dict__"); // an exception's comes from BaseException
        }
        List<PyObject> out = new ArrayList<>();
        for (String n : names) out.add(PyStr.of(n));
        return new PyList(out);
    }

    private static PyList sortedNames(PyDict d) {
        TreeSet<String> names = new TreeSet<>();
        for (PyObject k : d.map().keySet()) names.add(Repr.str(k));
        List<PyObject> out = new ArrayList<>();
        for (String n : names) out.add(PyStr.of(n));
        return new PyList(out);
    }
}
