package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;

/** Argument checks for builtins, worded as CPython words them. */
public final class Args {
    private Args() {}

    /** The positional argument count of a builtin function. */
    public static void count(String name, PyObject[] args, int min, int max) {
        check(name, args.length, min, max);
    }

    /** The positional argument count of a builtin method, whose args[0] is self. */
    public static void method(String name, PyObject[] args, int min, int max) {
        check(name, args.length - 1, min, max);
    }

    private static void check(String name, int given, int min, int max) {
        if (given >= min && given <= max) return;
        if (min == max) {
            throw Errors.typeError(name + "() takes " + (min == 0 ? "no arguments" : "exactly " + (min == 1 ? "one argument" : min + " arguments"))
                + " (" + given + " given)");
        }
        if (given < min) throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + given);
        throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + given);
    }

    public static PyObject kw(Map<String, PyObject> kwargs, String name) {
        return kwargs == null ? null : kwargs.get(name);
    }

    /** Rejects keyword arguments other than the allowed ones, as CPython's argument clinic does. */
    public static void onlyKeywords(String name, Map<String, PyObject> kwargs, String... allowed) {
        if (kwargs == null) return;
        outer:
        for (String k : kwargs.keySet()) {
            for (String a : allowed) if (a.equals(k)) continue outer;
            throw Errors.typeError(allowed.length == 0 ? name + "() takes no keyword arguments"
                : "'" + k + "' is an invalid keyword argument for " + name + "()");
        }
    }

    public static void noKeywords(String name, Map<String, PyObject> kwargs) { onlyKeywords(name, kwargs); }

    public static long toLong(PyObject o) {
        PyInt i = toInt(o);
        if (!i.isSmall()) throw Errors.raise(Errors.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return i.longValue();
    }

    /** An int argument (bools are ints), as __index__ would give it. */
    public static PyInt toInt(PyObject o) {
        if (o instanceof PyInt i) return i;
        throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }

    public static String str(String what, PyObject o) {
        if (o instanceof PyStr s) return s.value();
        throw Errors.typeError(what + " must be str, not " + o.type().name());
    }

    public static boolean truthy(Map<String, PyObject> kwargs, String name) {
        PyObject v = kw(kwargs, name);
        return v != null && v != PyBool.FALSE && Ops.truthy(v);
    }
}
