package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** The str methods that cut a string up or put one together: split, rsplit, splitlines, partition, join. */
final class StrSplitting {
    private StrSplitting() {}

    private static String s(PyObject[] a) { return ((PyStr) a[0]).value(); }

    static void install(PyType t) {
        TypeMethods.method(t, "join", (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("str.join() takes exactly one argument (" + (a.length - 1) + " given)");
            return PyStr.of(join(s(a), a[1]));
        });
        TypeMethods.keywordMethod(t, "split", (a, kw) -> split(a, kw, false));
        TypeMethods.keywordMethod(t, "rsplit", (a, kw) -> split(a, kw, true));
        TypeMethods.keywordMethod(t, "splitlines", (a, kw) -> {
            PyObject keep = Args.bind("splitlines", a, 1, kw, 0, "keepends")[0];
            return splitlines(s(a), keep != null && Args.toInt(keep).signum() != 0); // an int there, not any truth value
        });
        TypeMethods.method(t, "partition", (a, kw) -> partition(a, false));
        TypeMethods.method(t, "rpartition", (a, kw) -> partition(a, true));
    }

    private static String join(String sep, PyObject iterable) {
        if (!Sequences.isIterable(iterable)) throw Errors.typeError("can only join an iterable");
        List<PyObject> items;
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            items = Sequences.toList(iterable);
        } else { // PySequence_Fast lists the iterator; a sequence iterator's length hint asks the sequence's __len__
            PyObject it = Ops.iter(iterable);
            if (iterable.type().isUserDefined() && iterable.type().lookup("__iter__") == null) Sequences.lengthHint(iterable);
            items = Sequences.listFrom(it);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyStr x)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + items.get(i).type().name() + " found");
            }
            if (i > 0) sb.append(sep);
            sb.append(x.value());
        }
        return sb.toString();
    }

    private static PyObject split(PyObject[] a, Map<String, PyObject> kw, boolean fromRight) {
        String name = fromRight ? "rsplit" : "split";
        PyObject[] p = Args.bind(name, a, 1, kw, 0, "sep", "maxsplit");
        PyObject sepArg = p[0], maxArg = p[1];
        long max = maxArg == null ? -1 : Args.toLong(maxArg);
        if (max < 0) max = Long.MAX_VALUE;
        String s = s(a);
        if (sepArg == null || sepArg == PyNone.NONE) return new PyList(whitespaceSplit(s, max, fromRight));
        if (!(sepArg instanceof PyStr sepStr)) throw Errors.typeError("must be str or None, not " + sepArg.type().name());
        String sep = sepStr.value();
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        List<PyObject> out = new ArrayList<>();
        if (fromRight) {
            int end = s.length();
            for (; max > 0; max--) {
                int i = s.lastIndexOf(sep, end - sep.length());
                if (i < 0) break;
                out.add(0, PyStr.of(s.substring(i + sep.length(), end)));
                end = i;
            }
            out.add(0, PyStr.of(s.substring(0, end)));
        } else {
            int from = 0;
            for (int i = s.indexOf(sep); i >= 0 && max > 0; i = s.indexOf(sep, from), max--) {
                out.add(PyStr.of(s.substring(from, i)));
                from = i + sep.length();
            }
            out.add(PyStr.of(s.substring(from)));
        }
        return new PyList(out);
    }

    /** split() without a separator: runs of whitespace separate, and the ends are trimmed. */
    private static List<PyObject> whitespaceSplit(String s, long max, boolean fromRight) {
        int[] cps = s.codePoints().toArray();
        List<PyObject> out = new ArrayList<>();
        if (!fromRight) {
            int i = 0, n = cps.length;
            while (true) {
                while (i < n && StrMethods.space(cps[i])) i++;
                if (i == n) break;
                if (max-- == 0) {
                    out.add(PyStr.of(new String(cps, i, n - i)));
                    break;
                }
                int j = i;
                while (j < n && !StrMethods.space(cps[j])) j++;
                out.add(PyStr.of(new String(cps, i, j - i)));
                i = j;
            }
            return out;
        }
        int i = cps.length;
        while (true) {
            while (i > 0 && StrMethods.space(cps[i - 1])) i--;
            if (i == 0) break;
            if (max-- == 0) {
                out.add(0, PyStr.of(new String(cps, 0, i)));
                break;
            }
            int j = i;
            while (j > 0 && !StrMethods.space(cps[j - 1])) j--;
            out.add(0, PyStr.of(new String(cps, j, i - j)));
            i = j;
        }
        return out;
    }

    private static PyList splitlines(String s, boolean keepEnds) {
        List<PyObject> out = new ArrayList<>();
        int start = 0, i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int eol = "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0 ? 1 : 0;
            if (eol == 0) {
                i++;
                continue;
            }
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') eol = 2;
            out.add(PyStr.of(s.substring(start, keepEnds ? i + eol : i)));
            i += eol;
            start = i;
        }
        if (start < s.length()) out.add(PyStr.of(s.substring(start)));
        return new PyList(out);
    }

    private static PyObject partition(PyObject[] a, boolean last) {
        if (a.length != 2) throw Errors.typeError("str." + (last ? "rpartition" : "partition") + "() takes exactly one argument ("
            + (a.length - 1) + " given)");
        String s = s(a), sep = StrMethods.mustBeStr(a[1]);
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        int i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return last ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, a[0]) : PyTuple.of(a[0], PyStr.EMPTY, PyStr.EMPTY);
        return PyTuple.of(PyStr.of(s.substring(0, i)), a[1], PyStr.of(s.substring(i + sep.length())));
    }
}
