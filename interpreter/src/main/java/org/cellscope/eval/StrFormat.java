package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;

/** {@code str.format}: {} {0} {name} {x.attr} {x[0]} fields with !r/!s conversions and specs. */
final class StrFormat {
    private StrFormat() {}

    static String format(String template, PyObject[] args, Map<String, PyObject> kwargs) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                int depth = 1, j = i + 1;
                while (j < template.length() && depth > 0) {
                    char d = template.charAt(j);
                    if (d == '{') depth++;
                    else if (d == '}') depth--;
                    j++;
                }
                if (depth > 0) throw Errors.valueError("expected '}' before end of string");
                String field = template.substring(i + 1, j - 1);
                String spec = "";
                char conv = 0;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = format(field.substring(colon + 1), args, kwargs);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                PyObject value = resolve(field, args, kwargs, auto);
                if (field.isEmpty() || field.matches("^[.\\[].*")) auto++;
                if (conv == 'r') value = org.cellscope.runtime.PyStr.of(Repr.repr(value));
                else if (conv == 's') value = org.cellscope.runtime.PyStr.of(Repr.str(value));
                out.append(FormatSpec.format(value, spec));
                i = j - 1;
            } else if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') i++;
                else throw Errors.valueError("Single '}' encountered in format string");
                out.append('}');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static PyObject resolve(String field, PyObject[] args, Map<String, PyObject> kwargs, int auto) {
        int end = 0;
        while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') end++;
        String head = field.substring(0, end);
        PyObject value;
        if (head.isEmpty() || head.chars().allMatch(Character::isDigit)) {
            int index = head.isEmpty() ? auto : Integer.parseInt(head);
            if (index >= args.length) throw Errors.raise(Errors.INDEX_ERROR, "Replacement index " + index + " out of range for positional args tuple");
            value = args[index];
        } else {
            value = kwargs == null ? null : kwargs.get(head);
            if (value == null) throw Items.keyError(org.cellscope.runtime.PyStr.of(head));
        }
        String rest = field.substring(end);
        while (!rest.isEmpty()) {
            if (rest.charAt(0) == '.') {
                int k = 1;
                while (k < rest.length() && rest.charAt(k) != '.' && rest.charAt(k) != '[') k++;
                value = Attributes.get(value, rest.substring(1, k));
                rest = rest.substring(k);
            } else {
                int close = rest.indexOf(']');
                String key = rest.substring(1, close);
                value = Items.getItem(value, key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key))
                    : org.cellscope.runtime.PyStr.of(key));
                rest = rest.substring(close + 1);
            }
        }
        return value;
    }
}
