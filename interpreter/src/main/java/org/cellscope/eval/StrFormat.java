package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;

/** {@code str.format}: {} {0} {name} {x.attr} {x[0]} fields with !r/!s/!a conversions and nested specs. */
final class StrFormat {
    private final PyObject[] args;
    private final Map<String, PyObject> kwargs;
    private final PyObject mapping;
    private int auto;
    private boolean manual;

    private StrFormat(PyObject[] args, Map<String, PyObject> kwargs, PyObject mapping) {
        this.args = args;
        this.kwargs = kwargs;
        this.mapping = mapping;
    }

    static String format(String template, PyObject[] args, Map<String, PyObject> kwargs) {
        return new StrFormat(args, kwargs, null).render(template, 0);
    }

    static String formatMap(String template, PyObject mapping) {
        return new StrFormat(new PyObject[0], null, mapping).render(template, 0);
    }

    private String render(String template, int depth) {
        if (depth > 2) throw Errors.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                if (i + 1 == template.length()) throw Errors.valueError("Single '{' encountered in format string");
                int level = 1, j = i + 1;
                while (j < template.length() && level > 0) {
                    char d = template.charAt(j);
                    if (d == '{') level++;
                    else if (d == '}') level--;
                    j++;
                }
                if (level > 0) throw Errors.valueError("expected '}' before end of string");
                out.append(field(template.substring(i + 1, j - 1), depth));
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

    private String field(String field, int depth) {
        String spec = "";
        char conv = 0;
        int end = 0, bracket = 0;
        while (end < field.length()) {
            char c = field.charAt(end);
            if (c == '[') bracket++;
            else if (c == ']') bracket--;
            else if (bracket == 0 && (c == ':' || c == '!')) break;
            end++;
        }
        String name = field.substring(0, end);
        String rest = field.substring(end);
        if (rest.startsWith("!")) {
            if (rest.length() < 2 || (rest.length() > 2 && rest.charAt(2) != ':')) {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
            conv = rest.charAt(1);
            rest = rest.substring(2);
        }
        PyObject value = resolve(name); // before the spec: its nested fields number after this one
        if (rest.startsWith(":")) spec = render(rest.substring(1), depth + 1);
        switch (conv) {
            case 0 -> { }
            case 'r' -> value = PyStr.of(Repr.repr(value));
            case 's' -> value = PyStr.of(Repr.str(value));
            case 'a' -> value = PyStr.of(Builtins.ascii(Repr.repr(value)));
            default -> throw Errors.valueError("Unknown conversion specifier " + conv);
        }
        return FormatSpec.format(value, spec);
    }

    private PyObject resolve(String field) {
        int end = 0;
        while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') end++;
        String head = field.substring(0, end);
        PyObject value;
        if (head.isEmpty() || head.chars().allMatch(Character::isDigit)) {
            int index;
            if (head.isEmpty()) {
                if (manual) throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
                index = auto++;
            } else {
                if (auto > 0) throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
                manual = true;
                index = Integer.parseInt(head);
            }
            if (mapping != null) throw Errors.valueError("Format string contains positional fields");
            if (index >= args.length) {
                throw Errors.raise(Errors.INDEX_ERROR, "Replacement index " + index + " out of range for positional args tuple");
            }
            value = args[index];
        } else if (mapping != null) {
            value = Items.getItem(mapping, PyStr.of(head));
        } else {
            value = kwargs == null ? null : kwargs.get(head);
            if (value == null) throw Items.keyError(PyStr.of(head));
        }
        String rest = field.substring(end);
        while (!rest.isEmpty()) {
            if (rest.charAt(0) == '.') {
                int k = 1;
                while (k < rest.length() && rest.charAt(k) != '.' && rest.charAt(k) != '[') k++;
                value = Attributes.get(value, rest.substring(1, k));
                rest = rest.substring(k);
            } else if (rest.charAt(0) == '[') {
                int close = rest.indexOf(']');
                if (close < 0) throw Errors.valueError("Missing ']' in format string");
                String key = rest.substring(1, close);
                boolean numeric = !key.isEmpty() && key.chars().allMatch(Character::isDigit);
                value = Items.getItem(value, numeric ? PyInt.of(Long.parseLong(key)) : PyStr.of(key));
                rest = rest.substring(close + 1);
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }
}
