package org.cellscope.eval;

import java.util.List;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/** {@code "%s is %d" % (a, b)}: printf-style formatting through the format-spec engine. */
final class PercentFormat {
    private PercentFormat() {}

    static String format(String template, PyObject arg) {
        List<PyObject> args = arg instanceof PyTuple t ? t.items() : List.of(arg);
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int j = i + 1;
            PyObject value = null;
            if (j < template.length() && template.charAt(j) == '(') {
                int close = template.indexOf(')', j);
                value = Items.getItem((PyDict) arg, PyStr.of(template.substring(j + 1, close)));
                j = close + 1;
            }
            int specStart = j;
            while (j < template.length() && "-+ #0123456789.".indexOf(template.charAt(j)) >= 0) j++;
            if (j >= template.length()) throw Errors.valueError("incomplete format");
            char type = template.charAt(j);
            String flags = template.substring(specStart, j);
            i = j;
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (next >= args.size()) throw Errors.typeError("not enough arguments for format string");
                value = args.get(next++);
            }
            String spec = flags.startsWith("-") ? "<" + flags.substring(1) : flags;
            switch (type) {
                case 's' -> out.append(FormatSpec.format(PyStr.of(Repr.str(value)), spec));
                case 'r' -> out.append(FormatSpec.format(PyStr.of(Repr.repr(value)), spec));
                case 'd', 'i' -> out.append(FormatSpec.format(TypeMethods.toInt(value), spec + "d"));
                default -> out.append(FormatSpec.format(value, spec + type));
            }
        }
        if (next < args.size() && !(arg instanceof PyDict)) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }
}
