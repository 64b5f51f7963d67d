package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
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
        SequenceMethods.install();
        DictMethods.install();
        SetMethods.install();
        StrMethods.install();
        NumberMethods.install();
    }

    static void method(PyType t, String name, PyBuiltin.Body body) {
        t.dict().put(name, new PyBuiltin(name, t, body));
    }

    private static void constructors() {
        Types.INT.setConstructor((t, a, kw) -> {
            Args.onlyKeywords("int", kw, "base");
            Args.count("int", a, 0, 2);
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
            Args.count("str", a, 0, 1);
            return a.length == 0 ? PyStr.EMPTY : PyStr.of(Repr.str(a[0]));
        });
        Types.LIST.setConstructor((t, a, kw) -> {
            Args.noKeywords("list", kw);
            Args.count("list", a, 0, 1);
            return a.length == 0 ? new PyList() : new PyList(Ops.toList(a[0]));
        });
        Types.TUPLE.setConstructor((t, a, kw) -> {
            Args.noKeywords("tuple", kw);
            Args.count("tuple", a, 0, 1);
            return a.length == 0 ? PyTuple.EMPTY : a[0] instanceof PyTuple tuple ? tuple : PyTuple.of(Ops.toList(a[0]));
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
            if (a.length == 1) return a[0].type();
            throw Errors.typeError("type() takes 1 or 3 arguments");
        });
        Types.OBJECT.setConstructor((t, a, kw) -> new org.cellscope.runtime.PyInstance(t));
        Types.NONE.setConstructor((t, a, kw) -> PyNone.NONE);
    }
}
