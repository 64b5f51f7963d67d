package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/** Binds call arguments to a function's parameter slots with CPython 3.11's error messages. */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(PyFunction fn, PyObject[] args, Map<String, PyObject> kwargs, PyObject[] slots) {
        PyCode c = fn.code;
        if (kwargs == null && args.length == c.argcount && c.hasPlainParameters) { // the common call: f(a, b)
            System.arraycopy(args, 0, slots, 0, args.length);
            return;
        }
        int argc = c.argcount;
        int given = args.length;
        int n = Math.min(given, argc);
        System.arraycopy(args, 0, slots, 0, n);
        int kwonlyEnd = argc + c.kwonlyargcount;
        int varargsSlot = c.varargs ? kwonlyEnd : -1;
        int varkwSlot = c.varkeywords ? kwonlyEnd + (c.varargs ? 1 : 0) : -1;
        if (given > argc) {
            if (!c.varargs) throw tooMany(fn, given, kwargs);
            slots[varargsSlot] = PyTuple.of(java.util.Arrays.copyOfRange(args, argc, given));
        } else if (c.varargs) {
            slots[varargsSlot] = PyTuple.EMPTY;
        }
        PyDict extra = c.varkeywords ? new PyDict() : null;
        if (kwargs != null && extra == null && c.posonlyargcount > 0) rejectPositionalOnly(fn, kwargs);
        if (kwargs != null) {
            for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
                int slot = indexOf(c.varnames, e.getKey(), c.posonlyargcount, kwonlyEnd);
                if (slot < 0) {
                    if (extra == null) {
                        throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + e.getKey() + "'");
                    }
                    extra.map().put(new PyStr(e.getKey()), e.getValue());
                } else {
                    if (slots[slot] != null) {
                        throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + e.getKey() + "'");
                    }
                    slots[slot] = e.getValue();
                }
            }
        }
        if (extra != null) slots[varkwSlot] = extra;
        fillDefaults(fn, slots);
    }

    private static void rejectPositionalOnly(PyFunction fn, Map<String, PyObject> kwargs) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < fn.code.posonlyargcount; i++) {
            if (kwargs.containsKey(fn.code.varnames[i])) named.add(fn.code.varnames[i]);
        }
        if (!named.isEmpty()) {
            throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                + String.join(", ", named) + "'");
        }
    }

    private static void fillDefaults(PyFunction fn, PyObject[] slots) {
        PyCode c = fn.code;
        int firstDefault = c.argcount - fn.defaults.length;
        List<String> missing = null; // allocated only for the error
        for (int i = 0; i < c.argcount; i++) {
            if (slots[i] == null) {
                if (i >= firstDefault) slots[i] = fn.defaults[i - firstDefault];
                else (missing == null ? missing = new ArrayList<>() : missing).add(c.varnames[i]);
            }
        }
        if (missing != null) throw missing(fn, missing, "positional");
        for (int i = c.argcount; i < c.argcount + c.kwonlyargcount; i++) {
            if (slots[i] == null) {
                PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.get(c.varnames[i]);
                if (d != null) slots[i] = d;
                else (missing == null ? missing = new ArrayList<>() : missing).add(c.varnames[i]);
            }
        }
        if (missing != null) throw missing(fn, missing, "keyword-only");
    }

    private static int indexOf(String[] names, String name, int from, int to) {
        for (int i = from; i < to; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    private static RuntimeException tooMany(PyFunction fn, int given, Map<String, PyObject> kwargs) {
        PyCode c = fn.code;
        int withDefault = fn.defaults.length;
        String takes;
        if (withDefault > 0) takes = "from " + (c.argcount - withDefault) + " to " + c.argcount + " positional arguments";
        else takes = c.argcount + " positional argument" + (c.argcount == 1 ? "" : "s");
        int kwonlyGiven = 0;
        if (kwargs != null) {
            for (int i = c.argcount; i < c.argcount + c.kwonlyargcount; i++) if (kwargs.containsKey(c.varnames[i])) kwonlyGiven++;
        }
        String was = given == 1 ? "was" : "were";
        String tail = kwonlyGiven == 0 ? given + " " + was
            : given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument"
              + (kwonlyGiven == 1 ? "" : "s") + ") " + (given + kwonlyGiven == 1 ? "was" : "were");
        return Errors.typeError(fn.qualname + "() takes " + takes + " but " + tail + " given");
    }

    private static RuntimeException missing(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(fn.qualname + "() missing " + names.size() + " required " + kind + " argument"
            + (names.size() == 1 ? "" : "s") + ": " + sb);
    }
}
