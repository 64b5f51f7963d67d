package org.cellscope.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyCallable;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyIter;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** The builtins module of one run: functions, types and exception classes. */
final class Builtins {
    private Builtins() {}

    static Map<String, PyObject> create(Runner runner) {
        TypeMethods.install();
        Map<String, PyObject> b = new HashMap<>();
        for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.STR, Types.LIST,
            Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE}) {
            b.put(t.name(), t);
        }
        for (PyType t : org.cellscope.runtime.Errors.ALL) b.put(t.name(), t);
        b.put("None", PyNone.NONE);
        b.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
        b.put("Ellipsis", PyNone.ELLIPSIS);
        b.put("True", PyBool.TRUE);
        b.put("False", PyBool.FALSE);
        CoreBuiltins.install(b, runner);
        fn(b, "print", (args, kw) -> print(runner, args, kw));
        fn(b, "input", (args, kw) -> {
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
        fn(b, "id", (args, kw) -> PyInt.of(args[0].id()));
        fn(b, "hash", (args, kw) -> PyInt.of(Hashing.key(args[0]).hashCode()));
        fn(b, "callable", (args, kw) -> PyBool.of(isCallable(args[0])));
        fn(b, "isinstance", (args, kw) -> {
            Args.count("isinstance", args, 2, 2);
            return PyBool.of(isInstance(args[0], args[1]));
        });
        fn(b, "issubclass", (args, kw) -> PyBool.of(((PyType) args[0]).isSubtypeOf((PyType) args[1])));
        fn(b, "abs", (args, kw) -> {
            PyObject x = args[0];
            if (x instanceof PyFloat f) return new PyFloat(Math.abs(f.value()));
            return Ops.truthy(Ops.compare(org.cellscope.ast.CmpOp.LT, x, PyInt.of(0)))
                ? Ops.unary(org.cellscope.ast.UnaryOperator.USUB, x) : Ops.unary(org.cellscope.ast.UnaryOperator.UADD, x);
        });
        fn(b, "iter", (args, kw) -> Ops.iter(args[0]));
        fn(b, "next", (args, kw) -> {
            if (args.length == 1) return Ops.nextOrStop(args[0]);
            PyObject v = Ops.next(args[0]);
            return v != null ? v : args[1];
        });
        fn(b, "getattr", (args, kw) -> {
            String name = ((PyStr) args[1]).value();
            if (args.length > 2) {
                PyObject v = Attributes.find(args[0], name);
                return v == null ? args[2] : v;
            }
            return Attributes.get(args[0], name);
        });
        fn(b, "setattr", (args, kw) -> {
            Attributes.set(args[0], ((PyStr) args[1]).value(), args[2]);
            return PyNone.NONE;
        });
        fn(b, "hasattr", (args, kw) -> PyBool.of(Attributes.find(args[0], ((PyStr) args[1]).value()) != null));
        fn(b, "delattr", (args, kw) -> {
            Attributes.delete(args[0], ((PyStr) args[1]).value());
            return PyNone.NONE;
        });
        fn(b, "sum", (args, kw) -> {
            PyObject total = args.length > 1 ? args[1] : PyInt.of(0);
            for (PyObject x : Ops.toList(args[0])) total = Ops.binary(org.cellscope.ast.Operator.ADD, total, x);
            return total;
        });
        fn(b, "min", (args, kw) -> extreme("min", args, kw, -1));
        fn(b, "max", (args, kw) -> extreme("max", args, kw, 1));
        fn(b, "sorted", (args, kw) -> {
            PyList l = new PyList(Ops.toList(args[0]));
            TypeMethods.sort(l, kw);
            return l;
        });
        fn(b, "reversed", (args, kw) -> {
            List<PyObject> items = new ArrayList<>(Ops.toList(args[0]));
            Collections.reverse(items);
            return new PyIter(items.iterator(), Types.builtin("list_reverseiterator", Types.OBJECT));
        });
        fn(b, "enumerate", (args, kw) -> {
            PyObject it = Ops.iter(args[0]);
            long[] n = {args.length > 1 ? Args.toLong(args[1]) : 0};
            return lazy(() -> {
                PyObject x = Ops.next(it);
                return x == null ? null : PyTuple.of(PyInt.of(n[0]++), x);
            }, "enumerate");
        });
        fn(b, "zip", (args, kw) -> {
            List<PyObject> its = new ArrayList<>();
            for (PyObject a : args) its.add(Ops.iter(a));
            return lazy(() -> {
                if (its.isEmpty()) return null;
                PyObject[] row = new PyObject[its.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Ops.next(its.get(i));
                    if (row[i] == null) return null;
                }
                return PyTuple.of(row);
            }, "zip");
        });
        fn(b, "map", (args, kw) -> {
            PyObject f = args[0];
            List<PyObject> its = new ArrayList<>();
            for (int i = 1; i < args.length; i++) its.add(Ops.iter(args[i]));
            return lazy(() -> {
                PyObject[] row = new PyObject[its.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Ops.next(its.get(i));
                    if (row[i] == null) return null;
                }
                return Calls.call(f, row, null);
            }, "map");
        });
        fn(b, "filter", (args, kw) -> {
            PyObject f = args[0];
            PyObject it = Ops.iter(args[1]);
            return lazy(() -> {
                for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
                    boolean keep = f == PyNone.NONE ? Ops.truthy(x) : Ops.truthy(Calls.call(f, new PyObject[] {x}, null));
                    if (keep) return x;
                }
                return null;
            }, "filter");
        });
        fn(b, "any", (args, kw) -> {
            for (PyObject x : Ops.toList(args[0])) if (Ops.truthy(x)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        fn(b, "all", (args, kw) -> {
            for (PyObject x : Ops.toList(args[0])) if (!Ops.truthy(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        fn(b, "chr", (args, kw) -> PyStr.of(Character.toString((int) Args.toLong(args[0]))));
        fn(b, "ord", (args, kw) -> PyInt.of(((PyStr) args[0]).value().codePointAt(0)));
        fn(b, "divmod", (args, kw) -> PyTuple.of(Ops.binary(org.cellscope.ast.Operator.FLOORDIV, args[0], args[1]),
            Ops.binary(org.cellscope.ast.Operator.MOD, args[0], args[1])));
        fn(b, "pow", (args, kw) -> Ops.binary(org.cellscope.ast.Operator.POW, args[0], args[1]));
        return b;
    }

    private static void fn(Map<String, PyObject> b, String name, PyBuiltin.Body body) {
        b.put(name, new PyBuiltin(name, null, body));
    }

    /** An iterator whose next item comes from a supplier returning null at the end. */
    private static PyIter lazy(java.util.function.Supplier<PyObject> next, String typeName) {
        return new PyIter(new java.util.Iterator<>() {
            private PyObject pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = next.get();
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public PyObject next() {
                PyObject p = pending;
                pending = null;
                return p;
            }
        }, Types.builtin(typeName, Types.OBJECT));
    }

    private static PyObject print(Runner runner, PyObject[] args, Map<String, PyObject> kw) {
        PyObject sepArg = Args.kw(kw, "sep"), endArg = Args.kw(kw, "end");
        String sep = sepArg == null || sepArg == PyNone.NONE ? " " : textArg("sep", sepArg);
        String end = endArg == null || endArg == PyNone.NONE ? "\n" : textArg("end", endArg);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) sb.append(sep);
            sb.append(Repr.str(args[i]));
        }
        sb.append(end);
        runner.write(sb.toString());
        return PyNone.NONE;
    }

    private static String textArg(String name, PyObject v) {
        if (v instanceof PyStr s) return s.value();
        throw Errors.typeError(name + " must be None or a string, not " + v.type().name());
    }

    static boolean isInstance(PyObject o, PyObject classinfo) {
        if (classinfo instanceof PyTuple t) {
            for (PyObject c : t.items()) if (isInstance(o, c)) return true;
            return false;
        }
        if (!(classinfo instanceof PyType t)) throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        return o.type().isSubtypeOf(t);
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyCallable || o instanceof PyType
            || o instanceof org.cellscope.runtime.PyMethod || o.type().lookup("__call__") != null;
    }

    private static PyObject extreme(String name, PyObject[] args, Map<String, PyObject> kw, int sign) {
        PyObject key = Args.kw(kw, "key");
        PyObject dflt = Args.kw(kw, "default");
        List<PyObject> items = args.length == 1 ? Ops.toList(args[0]) : List.of(args);
        if (items.isEmpty()) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        PyObject best = items.get(0);
        PyObject bestKey = key == null || key == PyNone.NONE ? best : Calls.call(key, new PyObject[] {best}, null);
        for (int i = 1; i < items.size(); i++) {
            PyObject x = items.get(i);
            PyObject k = key == null || key == PyNone.NONE ? x : Calls.call(key, new PyObject[] {x}, null);
            boolean better = sign > 0 ? Ops.order(org.cellscope.ast.CmpOp.GT, k, bestKey) : Ops.order(org.cellscope.ast.CmpOp.LT, k, bestKey);
            if (better) {
                best = x;
                bestKey = k;
            }
        }
        return best;
    }
}
