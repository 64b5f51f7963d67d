package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;

/** Argument checks for builtins, worded as CPython words them. */
final class Args {
    private Args() {}

    static void count(String name, PyObject[] args, int min, int max) {
        if (args.length < min || args.length > max) {
            if (min == max) {
                throw Errors.typeError(name + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments") + " ("
                    + args.length + " given)");
            }
            if (args.length < min) throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + args.length);
            throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    static PyObject kw(Map<String, PyObject> kwargs, String name) {
        return kwargs == null ? null : kwargs.get(name);
    }

    static void noKeywords(String name, Map<String, PyObject> kwargs) {
        if (kwargs != null && !kwargs.isEmpty()) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    static long toLong(PyObject o) {
        if (o instanceof PyInt i) {
            if (!i.isSmall()) throw Errors.raise(Errors.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            return i.longValue();
        }
        throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }
}
