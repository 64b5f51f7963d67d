package org.cellscope.eval;

import java.util.List;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/** {@code "%s is %d" % (a, b)}: printf-style formatting, each conversion turned into a format spec. */
final class PercentFormat {
    private PercentFormat() {}

    static String format(String template, PyObject arg) {
        List<PyObject> args = arg instanceof PyTuple t ? t.items() : List.of(arg);
        // CPython's PyMapping_Check: anything subscriptable but a tuple or str, even a list, takes %(key)s
        // and excuses unconverted arguments
        boolean mapping = arg instanceof PyDict || arg instanceof PyList || arg instanceof PyRange
            || (arg.type().isUserDefined() && arg.type().lookup("__getitem__") != null);
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
                if (!mapping) throw Errors.typeError("format requires a mapping");
                int close = template.indexOf(')', j);
                if (close < 0) throw Errors.valueError("incomplete format key");
                value = Items.getItem(arg, PyStr.of(template.substring(j + 1, close)));
                j = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (j < template.length() && "-+ #0".indexOf(template.charAt(j)) >= 0) flags.append(template.charAt(j++));
            StringBuilder width = new StringBuilder();
            if (j < template.length() && template.charAt(j) == '*') {
                long w = star(args, next++);
                if (w < 0) flags.append('-'); // a negative * width left-justifies
                width.append(Math.abs(w));
                j++;
            }
            while (j < template.length() && Character.isDigit(template.charAt(j))) width.append(template.charAt(j++));
            String precision = null;
            if (j < template.length() && template.charAt(j) == '.') {
                int p = ++j;
                if (j < template.length() && template.charAt(j) == '*') {
                    precision = String.valueOf(Math.max(0, star(args, next++)));
                    j++;
                } else {
                    while (j < template.length() && Character.isDigit(template.charAt(j))) j++;
                    precision = template.substring(p, j).isEmpty() ? "0" : template.substring(p, j);
                }
            }
            if (j >= template.length()) throw Errors.valueError("incomplete format");
            char type = template.charAt(j);
            i = j;
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (next >= args.size()) throw Errors.typeError("not enough arguments for format string");
                value = args.get(next++);
            }
            out.append(convert(value, type, flags.toString(), width.toString(), precision, j));
        }
        if (next < args.size() && !mapping) throw Errors.typeError("not all arguments converted during string formatting");
        return out.toString();
    }

    /** The argument a * width or precision takes. */
    private static long star(List<PyObject> args, int index) {
        if (index >= args.size()) throw Errors.typeError("not enough arguments for format string");
        if (!(args.get(index) instanceof PyInt)) throw Errors.typeError("* wants int");
        return Args.toLong(args.get(index));
    }

    private static String convert(PyObject value, char type, String flags, String width, String precision, int index) {
        boolean left = flags.contains("-");
        String sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        String alt = flags.contains("#") ? "#" : "";
        String zero = flags.contains("0") && !left ? "0" : "";
        String prec = precision == null ? "" : "." + precision;
        switch (type) {
            case 's', 'r', 'a' -> {
                String text = type == 's' ? Repr.str(value) : type == 'r' ? Repr.repr(value) : Builtins.ascii(Repr.repr(value));
                return FormatSpec.format(PyStr.of(text), (left ? "<" : ">") + width + prec);
            }
            case 'c' -> {
                if (value instanceof PyInt i) {
                    long code = Args.toLong(i);
                    if (code < 0 || code > 0x10FFFF) throw Errors.raise(Errors.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
                    return FormatSpec.format(PyStr.of(Character.toString((int) code)), (left ? "<" : ">") + width);
                }
                String ch = value instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1 ? s.value() : null;
                if (ch == null) throw Errors.typeError("%c requires int or char");
                return FormatSpec.format(PyStr.of(ch), (left ? "<" : ">") + width);
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                PyInt n = integer(value, type);
                String t = "diu".indexOf(type) >= 0 ? "d" : String.valueOf(type);
                return FormatSpec.format(n, (left ? "<" : "") + sign + alt + zero + width + t);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (!(value instanceof PyFloat || value instanceof PyInt)) {
                    throw Errors.typeError("must be real number, not " + value.type().name());
                }
                String p = precision == null ? ".6" : prec;
                return FormatSpec.format(value, (left ? "<" : "") + sign + alt + zero + width + p + type);
            }
            default -> throw Errors.valueError("unsupported format character '" + type + "' (0x" + Integer.toHexString(type)
                + ") at index " + index);
        }
    }

    private static PyInt integer(PyObject value, char type) {
        if (value instanceof PyInt i) return i;
        if (value instanceof PyFloat f && "diu".indexOf(type) >= 0) return NumberParsing.floatToInt(f.value());
        String need = "diu".indexOf(type) >= 0 ? "a real number" : "an integer";
        throw Errors.typeError("%" + type + " format: " + need + " is required, not " + value.type().name());
    }
}
