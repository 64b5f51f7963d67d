package org.cellscope.eval.modules;

import java.util.List;
import java.util.Map;
import org.cellscope.ast.CmpOp;
import org.cellscope.eval.Args;
import org.cellscope.eval.Calls;
import org.cellscope.eval.Ops;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;

/** functools.total_ordering and cmp_to_key: comparisons derived from the ones a class or function gives. */
final class Ordering {
    private Ordering() {}

    /** How a missing comparison follows from a root one (functools._convert), given the root's result. */
    @FunctionalInterface
    private interface Derive {
        PyObject from(PyObject rootResult, PyObject self, PyObject other);
    }

    private record Conversion(String name, Derive derive) {}

    private static final Map<String, List<Conversion>> CONVERT = Map.of(
        "__lt__", List.of(new Conversion("__gt__", (r, a, b) -> and(not(r), () -> ne(a, b))),
            new Conversion("__le__", (r, a, b) -> or(r, () -> eq(a, b))), new Conversion("__ge__", (r, a, b) -> not(r))),
        "__le__", List.of(new Conversion("__ge__", (r, a, b) -> or(not(r), () -> eq(a, b))),
            new Conversion("__lt__", (r, a, b) -> and(r, () -> ne(a, b))), new Conversion("__gt__", (r, a, b) -> not(r))),
        "__gt__", List.of(new Conversion("__lt__", (r, a, b) -> and(not(r), () -> ne(a, b))),
            new Conversion("__ge__", (r, a, b) -> or(r, () -> eq(a, b))), new Conversion("__le__", (r, a, b) -> not(r))),
        "__ge__", List.of(new Conversion("__le__", (r, a, b) -> or(not(r), () -> eq(a, b))),
            new Conversion("__gt__", (r, a, b) -> and(r, () -> ne(a, b))), new Conversion("__lt__", (r, a, b) -> not(r))));

    private static final String[] PREFERENCE = {"__lt__", "__le__", "__gt__", "__ge__"};

    static void fill(PyModule m) {
        m.function("total_ordering", (a, kw) -> {
            Args.count("total_ordering", a, 1, 1);
            if (!(a[0] instanceof PyType cls)) throw Errors.typeError("total_ordering expects a class");
            return totalOrdering(cls);
        });
        PyType keyType = m.newType("KeyWrapper");
        for (String op : PREFERENCE) {
            CmpOp cmp = switch (op) { case "__lt__" -> CmpOp.LT; case "__le__" -> CmpOp.LT_E; case "__gt__" -> CmpOp.GT; default -> CmpOp.GT_E; };
            keyType.dict().put(op, new PyBuiltin(op, keyType, (a, kw) -> {
                Args.method(op, a, 1, 1);
                return compareKeys(Args.self(a, keyType, op), a[1], cmp);
            }));
        }
        keyType.dict().put("__eq__", new PyBuiltin("__eq__", keyType, (a, kw) -> {
            Args.method("__eq__", a, 1, 1);
            return compareKeys(Args.self(a, keyType, "__eq__"), a[1], CmpOp.EQ);
        }));
        m.function("cmp_to_key", (a, kw) -> {
            Args.count("cmp_to_key", a, 1, 1);
            PyObject cmp = a[0];
            return new PyBuiltin("K", null, (b, bkw) -> {
                Args.count("K", b, 1, 1);
                PyInstance key = new PyInstance(keyType);
                key.dict().put("obj", b[0]);
                key.dict().put("_cmp", cmp);
                return key;
            });
        });
    }

    private static PyObject totalOrdering(PyType cls) {
        String root = null;
        for (String op : PREFERENCE) {
            if (cls.lookup(op) instanceof org.cellscope.eval.PyFunction && root == null) root = op;
        }
        if (root == null) throw Errors.valueError("must define at least one ordering operation: < > <= >=");
        String rootName = root;
        for (Conversion c : CONVERT.get(root)) {
            if (cls.lookup(c.name) instanceof org.cellscope.eval.PyFunction) continue;
            cls.dict().put(c.name, new PyBuiltin(c.name, cls, (a, kw) -> {
                PyObject r = Calls.call(a[0].type().lookup(rootName), new PyObject[] {a[0], a[1]}, null);
                return r == PyNone.NOT_IMPLEMENTED ? r : c.derive.from(r, a[0], a[1]);
            }));
        }
        return cls;
    }

    private static PyObject compareKeys(PyObject self, PyObject other, CmpOp op) {
        if (!(other instanceof PyInstance o) || o.type() != self.type()) return PyNone.NOT_IMPLEMENTED;
        PyInstance s = (PyInstance) self;
        PyObject r = Calls.call(s.dict().get("_cmp"), new PyObject[] {s.dict().get("obj"), o.dict().get("obj")}, null);
        return Ops.compare(op, r, PyInt.of(0));
    }

    private static PyObject not(PyObject r) { return PyBool.of(!Ops.truthy(r)); }

    private static PyObject and(PyObject r, java.util.function.Supplier<PyObject> then) { return Ops.truthy(r) ? then.get() : r; }

    private static PyObject or(PyObject r, java.util.function.Supplier<PyObject> otherwise) { return Ops.truthy(r) ? r : otherwise.get(); }

    private static PyObject eq(PyObject a, PyObject b) { return Ops.compare(CmpOp.EQ, a, b); }

    private static PyObject ne(PyObject a, PyObject b) { return Ops.compare(CmpOp.NOT_EQ, a, b); }
}
