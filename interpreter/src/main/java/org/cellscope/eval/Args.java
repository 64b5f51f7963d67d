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

    /** A builtin method whose arguments CPython parses with PyArg_ParseTuple or keyword-aware clinic code. */
    public static void methodTakes(String name, PyObject[] args, int min, int max) {
        int given = args.length - 1;
        if (given >= min && given <= max) return;
        int bound = given < min ? min : max;
        throw Errors.typeError(name + "() takes " + (min == max ? "exactly" : given < min ? "at least" : "at most") + " "
            + bound + " argument" + (bound == 1 ? "" : "s") + " (" + given + " given)");
    }

    private static void check(String name, int given, int min, int max) {
        if (given >= min && given <= max) return;
        if (min == max && min <= 1) {
            throw Errors.typeError(name + "() takes " + (min == 0 ? "no arguments" : "exactly one argument") + " (" + given + " given)");
        }
        if (min == max) throw Errors.typeError(name + " expected " + min + " arguments, got " + given);
        if (given < min) throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + given);
        throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + given);
    }

    /** The self of a method of type t called through its class: present and of that type, else CPython's TypeError. */
    public static PyObject self(PyObject[] args, org.cellscope.runtime.PyType t, String name) {
        if (args.length == 0) throw Errors.typeError("unbound method " + t.name() + "." + name + "() needs an argument");
        if (!args[0].type().isSubtypeOf(t)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                + args[0].type().name() + "' object");
        }
        return args[0];
    }

    /**
     * The parameters of a builtin that argument clinic parses, positional or by name: args from
     * {@code skip} on (1 for a method's self), then kwargs; absent ones are null. CPython's order
     * of complaints: too many in all, one given twice, a required one missing, a foreign name.
     */
    public static PyObject[] bind(String name, PyObject[] args, int skip, Map<String, PyObject> kwargs, int required, String... params) {
        int given = args.length - skip, named = kwargs == null ? 0 : kwargs.size();
        if (given + named > params.length) {
            throw Errors.typeError(name + "() takes at most " + params.length + " " + (given == 0 ? "keyword " : "") + "argument"
                + (params.length == 1 ? "" : "s") + " (" + (given + named) + " given)");
        }
        PyObject[] bound = new PyObject[params.length];
        int used = 0;
        for (int i = 0; i < params.length; i++) {
            PyObject byName = kw(kwargs, params[i]);
            if (byName != null) used++;
            if (i < given) {
                if (byName != null) {
                    throw Errors.typeError("argument for " + name + "() given by name ('" + params[i] + "') and position (" + (i + 1) + ")");
                }
                bound[i] = args[skip + i];
            } else {
                bound[i] = byName;
            }
            if (bound[i] == null && i < required) {
                throw Errors.typeError(name + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (used < named) onlyKeywords(name, kwargs, params);
        return bound;
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
        PyObject index = o.type().isUserDefined() ? o.type().lookup("__index__") : null;
        if (index != null) {
            PyObject r = Calls.call(index, new PyObject[] {o}, null);
            if (r instanceof PyInt i) return i;
            throw Errors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
        }
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
