package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyIter;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** The builtins that make or consume iterators: iter, next, enumerate, zip, map, filter, reversed, sorted, any, all. */
final class IterBuiltins {
    private IterBuiltins() {}

    private static final PyType ENUMERATE = Types.builtin("enumerate", Types.OBJECT);
    private static final PyType ZIP = Types.builtin("zip", Types.OBJECT);
    private static final PyType MAP = Types.builtin("map", Types.OBJECT);
    private static final PyType FILTER = Types.builtin("filter", Types.OBJECT);
    private static final PyType CALLABLE_ITERATOR = Types.builtin("callable_iterator", Types.OBJECT);
    private static final PyType LIST_REVERSED = Types.builtin("list_reverseiterator", Types.OBJECT);
    private static final PyType DICT_REVERSED = Types.builtin("dict_reversekeyiterator", Types.OBJECT);
    private static final PyType DICT_REVERSED_VALUES = Types.builtin("dict_reversevalueiterator", Types.OBJECT);
    private static final PyType DICT_REVERSED_ITEMS = Types.builtin("dict_reverseitemiterator", Types.OBJECT);

    static void install(Map<String, PyObject> b) {
        Builtins.fn(b, "iter", (a, kw) -> {
            Args.noKeywords("iter", kw);
            Args.count("iter", a, 1, 2);
            if (a.length == 1) return Ops.iter(a[0]);
            if (!Builtins.isCallable(a[0])) throw Errors.typeError("iter(v, w): v must be callable");
            PyObject f = a[0], sentinel = a[1];
            boolean[] done = {false};
            return PyIter.of(() -> {
                if (done[0]) return null;
                PyObject v = Calls.call(f, new PyObject[0], null);
                if (Ops.sameOrEqual(v, sentinel)) {
                    done[0] = true;
                    return null;
                }
                return v;
            }, CALLABLE_ITERATOR);
        });
        Builtins.fn(b, "next", (a, kw) -> {
            Args.count("next", a, 1, 2);
            if (!(a[0] instanceof PyIter) && a[0].type().lookup("__next__") == null) {
                throw Errors.typeError("'" + a[0].type().name() + "' object is not an iterator");
            }
            if (a.length == 1) return Ops.nextOrStop(a[0]);
            PyObject v = Ops.next(a[0]);
            return v != null ? v : a[1];
        });
        type(b, ENUMERATE, (a, kw) -> {
            Args.onlyKeywords("enumerate", kw, "start", "iterable");
            if (a.length > 2) throw Errors.typeError("enumerate() takes at most 2 arguments (" + a.length + " given)");
            PyObject start = a.length > 1 ? a[1] : Args.kw(kw, "start");
            PyObject iterable = a.length > 0 ? a[0] : Args.kw(kw, "iterable");
            if (iterable == null) throw Errors.typeError("enumerate() missing required argument 'iterable'");
            PyObject it = Ops.iter(iterable);
            PyObject[] n = {start == null ? PyInt.of(0) : Args.toInt(start)};
            return PyIter.of(() -> {
                PyObject x = Ops.next(it);
                if (x == null) return null;
                PyObject i = n[0];
                n[0] = Ops.binary(org.cellscope.ast.Operator.ADD, i, PyInt.of(1));
                return PyTuple.of(i, x);
            }, ENUMERATE);
        });
        type(b, ZIP, IterBuiltins::zip);
        type(b, MAP, (a, kw) -> {
            Args.noKeywords("map", kw);
            if (a.length < 2) throw Errors.typeError("map() must have at least two arguments.");
            PyObject f = a[0];
            List<PyObject> its = new ArrayList<>();
            for (int i = 1; i < a.length; i++) its.add(Ops.iter(a[i]));
            return PyIter.of(() -> {
                PyObject[] row = new PyObject[its.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Ops.next(its.get(i));
                    if (row[i] == null) return null;
                }
                return Calls.call(f, row, null);
            }, MAP);
        });
        type(b, FILTER, (a, kw) -> {
            Args.noKeywords("filter", kw);
            Args.count("filter", a, 2, 2);
            PyObject f = a[0];
            PyObject it = Ops.iter(a[1]);
            return PyIter.of(() -> {
                for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
                    boolean keep = f == PyNone.NONE ? Ops.truthy(x) : Ops.truthy(Calls.call(f, new PyObject[] {x}, null));
                    if (keep) return x;
                }
                return null;
            }, FILTER);
        });
        type(b, ReversedSequence.TYPE, (a, kw) -> {
            Args.noKeywords("reversed", kw);
            if (a.length != 1) throw Errors.typeError("reversed expected 1 argument, got " + a.length);
            return reversed(a[0]);
        });
        Builtins.keywordFn(b, "sorted", (a, kw) -> {
            if (a.length != 1) throw Errors.typeError("sorted expected 1 argument, got " + a.length);
            PyList l = new PyList(Sequences.listFrom(a[0]));
            SequenceMethods.sort(l, kw);
            return l;
        });
        Builtins.fn(b, "any", (a, kw) -> {
            Args.count("any", a, 1, 1);
            PyObject it = Ops.iter(a[0]);
            for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) if (Ops.truthy(x)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        Builtins.fn(b, "all", (a, kw) -> {
            Args.count("all", a, 1, 1);
            PyObject it = Ops.iter(a[0]);
            for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) if (!Ops.truthy(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
    }

    /** A builtin that is a class in CPython (map, zip, enumerate...): calling the class makes its iterator. */
    private static void type(Map<String, PyObject> b, PyType type, org.cellscope.runtime.PyBuiltin.Body body) {
        type.setConstructor((t, a, kw) -> body.call(a, kw));
        b.put(type.name(), type);
    }

    private static PyObject zip(PyObject[] a, Map<String, PyObject> kw) {
        Args.onlyKeywords("zip", kw, "strict");
        boolean strict = Args.truthy(kw, "strict");
        List<PyObject> its = new ArrayList<>();
        for (PyObject x : a) its.add(Ops.iter(x));
        return PyIter.of(() -> {
            if (its.isEmpty()) return null;
            PyObject[] row = new PyObject[its.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = Ops.next(its.get(i));
                if (row[i] == null) {
                    if (strict) strictCheck(its, i);
                    return null;
                }
            }
            return PyTuple.of(row);
        }, ZIP);
    }

    /** zip(strict=True) when iterator i ran out: all must have run out together. */
    private static void strictCheck(List<PyObject> its, int i) {
        if (i > 0) throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than " + firstArguments(i));
        for (int j = 1; j < its.size(); j++) {
            if (Ops.next(its.get(j)) != null) throw Errors.valueError("zip() argument " + (j + 1) + " is longer than " + firstArguments(j));
        }
    }

    private static String firstArguments(int n) { return n == 1 ? "argument 1" : "arguments 1-" + n; }

    private static PyObject reversed(PyObject o) {
        if (o instanceof PyList l) {
            List<PyObject> items = l.items();
            int[] i = {items.size() - 1};
            return PyIter.of(() -> {
                if (i[0] >= items.size()) i[0] = -1;
                return i[0] >= 0 ? items.get(i[0]--) : null;
            }, LIST_REVERSED);
        }
        if (o instanceof PyRange r) {
            long n = r.length();
            return new PyIter(Sequences.javaIterator(new PyRange(r.get(n - 1), r.start - r.step, -r.step)), IterTypes.of(r));
        }
        if (o instanceof PyDict d) return new PyIter(DictMethods.reversedKeys(d), DICT_REVERSED);
        if (o instanceof DictView v) { // views are reversible since 3.8
            List<PyObject> members = v.snapshot();
            java.util.Collections.reverse(members);
            PyType t = switch (v.kind) { case KEYS -> DICT_REVERSED; case VALUES -> DICT_REVERSED_VALUES; default -> DICT_REVERSED_ITEMS; };
            return new PyIter(members.iterator(), t);
        }
        if (o.type().isUserDefined() && o.type().lookup("__reversed__") != null) {
            return Calls.call(o.type().lookup("__reversed__"), new PyObject[] {o}, null);
        }
        boolean sequence = o instanceof PyTuple || o instanceof org.cellscope.runtime.PyStr
            || o.type().isUserDefined() && o.type().lookup("__getitem__") != null;
        if (!sequence) throw Errors.typeError("'" + o.type().name() + "' object is not reversible");
        return new ReversedSequence(o);
    }
}
