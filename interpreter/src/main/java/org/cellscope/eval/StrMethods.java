package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;
import org.cellscope.runtime.Errors;

/** The str methods learners use. */
final class StrMethods {
    private StrMethods() {}

    private static String s(PyObject[] a) { return ((PyStr) a[0]).value(); }

    private static String arg(PyObject[] a, int i) {
        if (a[i] instanceof PyStr s) return s.value();
        throw Errors.typeError("must be str, not " + a[i].type().name());
    }

    static void install() {
        PyType t = Types.STR;
        TypeMethods.method(t, "upper", (a, kw) -> PyStr.of(s(a).toUpperCase()));
        TypeMethods.method(t, "lower", (a, kw) -> PyStr.of(s(a).toLowerCase()));
        TypeMethods.method(t, "strip", (a, kw) -> PyStr.of(a.length > 1 ? trim(s(a), arg(a, 1), true, true) : s(a).strip()));
        TypeMethods.method(t, "lstrip", (a, kw) -> PyStr.of(a.length > 1 ? trim(s(a), arg(a, 1), true, false) : s(a).stripLeading()));
        TypeMethods.method(t, "rstrip", (a, kw) -> PyStr.of(a.length > 1 ? trim(s(a), arg(a, 1), false, true) : s(a).stripTrailing()));
        TypeMethods.method(t, "startswith", (a, kw) -> PyBool.of(s(a).startsWith(arg(a, 1))));
        TypeMethods.method(t, "endswith", (a, kw) -> PyBool.of(s(a).endsWith(arg(a, 1))));
        TypeMethods.method(t, "find", (a, kw) -> PyInt.of(s(a).indexOf(arg(a, 1))));
        TypeMethods.method(t, "replace", (a, kw) -> PyStr.of(s(a).replace(arg(a, 1), arg(a, 2))));
        TypeMethods.method(t, "isdigit", (a, kw) -> PyBool.of(!s(a).isEmpty() && s(a).chars().allMatch(Character::isDigit)));
        TypeMethods.method(t, "isalpha", (a, kw) -> PyBool.of(!s(a).isEmpty() && s(a).chars().allMatch(Character::isLetter)));
        TypeMethods.method(t, "count", (a, kw) -> {
            String hay = s(a), needle = arg(a, 1);
            if (needle.isEmpty()) return PyInt.of(hay.length() + 1);
            int n = 0;
            for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) n++;
            return PyInt.of(n);
        });
        TypeMethods.method(t, "join", (a, kw) -> {
            StringBuilder sb = new StringBuilder();
            List<PyObject> items = Ops.toList(a[1]);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(s(a));
                if (!(items.get(i) instanceof PyStr x)) {
                    throw Errors.typeError("sequence item " + i + ": expected str instance, " + items.get(i).type().name() + " found");
                }
                sb.append(x.value());
            }
            return PyStr.of(sb.toString());
        });
        TypeMethods.method(t, "split", (a, kw) -> {
            List<PyObject> out = new ArrayList<>();
            String text = s(a);
            if (a.length < 2 || a[1] == org.cellscope.runtime.PyNone.NONE) {
                for (String part : text.strip().split("\\s+")) if (!part.isEmpty()) out.add(PyStr.of(part));
            } else {
                String sep = arg(a, 1);
                if (sep.isEmpty()) throw Errors.valueError("empty separator");
                int from = 0;
                for (int i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, from)) {
                    out.add(PyStr.of(text.substring(from, i)));
                    from = i + sep.length();
                }
                out.add(PyStr.of(text.substring(from)));
            }
            return new PyList(out);
        });
        TypeMethods.method(t, "format", (a, kw) -> PyStr.of(StrFormat.format(s(a), java.util.Arrays.copyOfRange(a, 1, a.length), kw)));
    }

    private static String trim(String s, String chars, boolean left, boolean right) {
        int b = 0, e = s.length();
        while (left && b < e && chars.indexOf(s.charAt(b)) >= 0) b++;
        while (right && e > b && chars.indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(b, e);
    }
}
