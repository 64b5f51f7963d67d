package org.cellscope.eval.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellscope.ast.CmpOp;
import org.cellscope.ast.Operator;
import org.cellscope.ast.UnaryOperator;
import org.cellscope.eval.Args;
import org.cellscope.eval.Attributes;
import org.cellscope.eval.Calls;
import org.cellscope.eval.Items;
import org.cellscope.eval.NumberBuiltins;
import org.cellscope.eval.Ops;
import org.cellscope.eval.Repr;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** operator: Python's operators as functions, and itemgetter, attrgetter and methodcaller. */
final class OperatorModule {
    private OperatorModule() {}

    private static final Object[][] BINARY = {
        {"add", Operator.ADD}, {"sub", Operator.SUB}, {"mul", Operator.MULT}, {"truediv", Operator.DIV},
        {"floordiv", Operator.FLOORDIV}, {"mod", Operator.MOD}, {"pow", Operator.POW}, {"matmul", Operator.MATMULT},
        {"lshift", Operator.LSHIFT}, {"rshift", Operator.RSHIFT}, {"and_", Operator.BITAND}, {"or_", Operator.BITOR},
        {"xor", Operator.BITXOR}, {"concat", Operator.ADD}};

    private static final Object[][] COMPARE = {
        {"eq", CmpOp.EQ}, {"ne", CmpOp.NOT_EQ}, {"lt", CmpOp.LT}, {"le", CmpOp.LT_E}, {"gt", CmpOp.GT}, {"ge", CmpOp.GT_E},
        {"is_", CmpOp.IS}, {"is_not", CmpOp.IS_NOT}};

    static void fill(PyModule m) {
        for (Object[] entry : BINARY) {
            String name = (String) entry[0];
            Operator op = (Operator) entry[1];
            m.function(name, (a, kw) -> {
                Args.count(name, a, 2, 2);
                return Ops.binary(op, a[0], a[1]);
            });
            String inplace = "i" + name.replace("_", "");
            m.function(inplace, (a, kw) -> {
                Args.count(inplace, a, 2, 2);
                return Ops.inplace(op, a[0], a[1]);
            });
        }
        for (Object[] entry : COMPARE) {
            String name = (String) entry[0];
            CmpOp op = (CmpOp) entry[1];
            m.function(name, (a, kw) -> {
                Args.count(name, a, 2, 2);
                return Ops.compare(op, a[0], a[1]);
            });
        }
        unary(m, "neg", a -> Ops.unary(UnaryOperator.USUB, a));
        unary(m, "pos", a -> Ops.unary(UnaryOperator.UADD, a));
        unary(m, "invert", a -> Ops.unary(UnaryOperator.INVERT, a));
        unary(m, "inv", a -> Ops.unary(UnaryOperator.INVERT, a));
        unary(m, "not_", a -> PyBool.of(!Ops.truthy(a)));
        unary(m, "truth", a -> PyBool.of(Ops.truthy(a)));
        unary(m, "abs", NumberBuiltins::abs);
        unary(m, "index", a -> Args.toInt(a));
        m.function("contains", (a, kw) -> {
            Args.count("contains", a, 2, 2);
            return PyBool.of(Ops.contains(a[0], a[1]));
        });
        m.function("countOf", (a, kw) -> {
            Args.count("countOf", a, 2, 2);
            long n = 0;
            for (PyObject x : Ops.toList(a[0])) if (x == a[1] || Ops.equal(x, a[1])) n++;
            return PyInt.of(n);
        });
        m.function("indexOf", (a, kw) -> {
            Args.count("indexOf", a, 2, 2);
            List<PyObject> items = Ops.toList(a[0]);
            for (int i = 0; i < items.size(); i++) if (items.get(i) == a[1] || Ops.equal(items.get(i), a[1])) return PyInt.of(i);
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        m.function("getitem", (a, kw) -> {
            Args.count("getitem", a, 2, 2);
            return Items.getItem(a[0], a[1]);
        });
        m.function("setitem", (a, kw) -> {
            Args.count("setitem", a, 3, 3);
            Items.setItem(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        m.function("delitem", (a, kw) -> {
            Args.count("delitem", a, 2, 2);
            Items.delItem(a[0], a[1]);
            return PyNone.NONE;
        });
        getters(m);
    }

    private static void unary(PyModule m, String name, java.util.function.UnaryOperator<PyObject> f) {
        m.function(name, (a, kw) -> {
            Args.count(name, a, 1, 1);
            return f.apply(a[0]);
        });
    }

    private static void getters(PyModule m) {
        PyType itemgetter = CallableObject.reprType(m, "itemgetter");
        m.function("itemgetter", (a, kw) -> {
            if (a.length == 0) throw Errors.typeError("itemgetter expected 1 argument, got 0");
            PyObject[] keys = a.clone();
            return new CallableObject(itemgetter, (b, bkw) -> {
                Args.count("itemgetter", b, 1, 1);
                if (keys.length == 1) return Items.getItem(b[0], keys[0]);
                PyObject[] out = new PyObject[keys.length];
                for (int i = 0; i < keys.length; i++) out[i] = Items.getItem(b[0], keys[i]);
                return PyTuple.of(out);
            }, () -> "operator.itemgetter(" + reprs(keys) + ")");
        });
        PyType attrgetter = CallableObject.reprType(m, "attrgetter");
        m.function("attrgetter", (a, kw) -> {
            if (a.length == 0) throw Errors.typeError("attrgetter expected 1 argument, got 0");
            List<String> names = new ArrayList<>();
            for (PyObject x : a) {
                if (!(x instanceof PyStr s)) throw Errors.typeError("attribute name must be a string");
                names.add(s.value());
            }
            return new CallableObject(attrgetter, (b, bkw) -> {
                Args.count("attrgetter", b, 1, 1);
                if (names.size() == 1) return dotted(b[0], names.get(0));
                PyObject[] out = new PyObject[names.size()];
                for (int i = 0; i < out.length; i++) out[i] = dotted(b[0], names.get(i));
                return PyTuple.of(out);
            }, () -> "operator.attrgetter(" + reprs(a) + ")");
        });
        PyType methodcaller = CallableObject.reprType(m, "methodcaller");
        m.function("methodcaller", (a, kw) -> {
            if (a.length == 0) throw Errors.typeError("methodcaller needs at least one argument, the method name");
            if (!(a[0] instanceof PyStr name)) throw Errors.typeError("method name must be a string");
            PyObject[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
            Map<String, PyObject> kwargs = kw == null ? null : Map.copyOf(kw);
            return new CallableObject(methodcaller, (b, bkw) -> {
                Args.count("methodcaller", b, 1, 1);
                return Calls.call(Attributes.get(b[0], name.value()), args, kwargs);
            }, () -> {
                StringBuilder sb = new StringBuilder("operator.methodcaller(").append(reprs(a));
                if (kwargs != null) kwargs.forEach((k, v) -> sb.append(", ").append(k).append('=').append(Repr.repr(v)));
                return sb.append(')').toString();
            });
        });
    }

    private static PyObject dotted(PyObject o, String path) {
        for (String part : path.split("\\.")) o = Attributes.get(o, part);
        return o;
    }

    private static String reprs(PyObject[] items) {
        StringBuilder sb = new StringBuilder();
        for (PyObject x : items) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(Repr.repr(x));
        }
        return sb.toString();
    }
}
