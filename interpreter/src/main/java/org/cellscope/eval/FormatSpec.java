package org.cellscope.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;

/** {@code format(value, spec)}: the format-spec mini-language for str, int and float. */
public final class FormatSpec {
    private FormatSpec() {}

    private static final Pattern SPEC = Pattern.compile(
        "(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?([bcdeEfFgGnosxX%])?");

    public static String format(PyObject value, String spec) {
        if (value.type().isUserDefined() && value.type().lookup("__format__") != null) {
            return Repr.str(Calls.call(value.type().lookup("__format__"), new PyObject[] {value, PyStr.of(spec)}, null));
        }
        if (spec.isEmpty()) return Repr.str(value);
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + value.type().name() + "'");
        char fill = m.group(1) != null ? m.group(1).charAt(0) : m.group(5) != null ? '0' : ' ';
        char align = m.group(2) != null ? m.group(2).charAt(0) : m.group(5) != null ? '=' : 0;
        String sign = m.group(3) == null ? "-" : m.group(3);
        int width = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        String grouping = m.group(7);
        Integer precision = m.group(8) == null ? null : Integer.parseInt(m.group(8));
        char type = m.group(9) == null ? 0 : m.group(9).charAt(0);
        String body;
        String prefix = "";
        if (value instanceof PyStr s) {
            if (type != 0 && type != 's') throw badType(type, value);
            body = precision == null ? s.value() : s.value().substring(0, Math.min(precision, s.value().length()));
            if (align == 0) align = '<';
        } else if ((value instanceof PyInt && !(value instanceof PyBool && type == 0)) || value instanceof PyFloat) {
            if (align == 0) align = '>';
            boolean negative;
            if (value instanceof PyInt i && (type == 0 || "dbxXonc".indexOf(type) >= 0)) {
                if (precision != null) throw Errors.valueError("Precision not allowed in integer format specifier");
                negative = i.signum() < 0;
                java.math.BigInteger abs = i.bigValue().abs();
                body = switch (type) {
                    case 'b' -> abs.toString(2);
                    case 'o' -> abs.toString(8);
                    case 'x' -> abs.toString(16);
                    case 'X' -> abs.toString(16).toUpperCase();
                    case 'c' -> Character.toString(abs.intValue());
                    default -> abs.toString();
                };
                if (m.group(4) != null && "bxXo".indexOf(type) >= 0) prefix = "0" + (type == 'X' ? 'X' : type);
            } else {
                double d = value instanceof PyFloat f ? f.value() : ((PyInt) value).toDouble();
                negative = d < 0 || (d == 0 && 1 / d < 0);
                body = formatFloat(Math.abs(d), type, precision);
            }
            if (grouping != null) body = group(body, grouping.charAt(0));
            String signText = negative ? "-" : sign.equals("+") ? "+" : sign.equals(" ") ? " " : "";
            prefix = signText + prefix;
            if (align == '=') {
                int pad = width - prefix.length() - body.length();
                return prefix + String.valueOf(fill).repeat(Math.max(0, pad)) + body;
            }
            body = prefix + body;
        } else {
            if (type != 0 || !spec.isEmpty() && value.type().lookup("__format__") == null && !(value instanceof PyBool)) {
                throw Errors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
            }
            body = Repr.str(value);
            if (align == 0) align = '<';
        }
        return pad(body, width, fill, align);
    }

    private static RuntimeException badType(char type, PyObject value) {
        return Errors.valueError("Unknown format code '" + type + "' for object of type '" + value.type().name() + "'");
    }

    private static String formatFloat(double d, char type, Integer precision) {
        if (Double.isInfinite(d)) return Character.isUpperCase(type) ? "INF" : "inf";
        if (Double.isNaN(d)) return Character.isUpperCase(type) ? "NAN" : "nan";
        int p = precision == null ? 6 : precision;
        switch (type) {
            case 'f': case 'F': return new BigDecimal(d).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
            case '%': return new BigDecimal(d).multiply(BigDecimal.valueOf(100)).setScale(p, RoundingMode.HALF_EVEN).toPlainString() + "%";
            case 'e': case 'E': {
                String s = String.format("%." + p + "e", d);
                s = fixExponent(s);
                return type == 'E' ? s.toUpperCase() : s;
            }
            case 'g': case 'G': case 'n': {
                if (p == 0) p = 1;
                if (d == 0) return "0";
                int exp = (int) Math.floor(Math.log10(d));
                String sci = String.format("%." + (p - 1) + "e", d);
                exp = Integer.parseInt(sci.substring(sci.indexOf('e') + 1));
                String s;
                if (exp < -4 || exp >= p) {
                    String mant = stripZeros(sci.substring(0, sci.indexOf('e')));
                    s = fixExponent(mant + sci.substring(sci.indexOf('e')));
                } else {
                    s = stripZeros(new BigDecimal(d).setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString());
                }
                return type == 'G' ? s.toUpperCase() : s;
            }
            default: {
                if (precision == null) return FloatRepr.repr(d);
                String g = formatFloat(d, 'g', precision);
                return g.contains(".") || g.contains("e") || g.contains("inf") ? g : g + ".0";
            }
        }
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Java writes e+5, Python e+05. */
    private static String fixExponent(String s) {
        int e = s.indexOf('e');
        String exp = s.substring(e + 1);
        char sign = exp.charAt(0) == '-' ? '-' : '+';
        String digits = exp.replaceFirst("^[+-]", "");
        if (digits.length() < 2) digits = "0" + digits;
        return s.substring(0, e) + "e" + sign + digits;
    }

    private static String group(String body, char sep) {
        int dot = body.indexOf('.');
        String intPart = dot < 0 ? body : body.substring(0, dot);
        String rest = dot < 0 ? "" : body.substring(dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) sb.append(sep);
            sb.append(intPart.charAt(i));
        }
        return sb + rest;
    }

    private static String pad(String body, int width, char fill, char align) {
        int n = width - body.codePointCount(0, body.length());
        if (n <= 0) return body;
        String f = String.valueOf(fill);
        return switch (align) {
            case '<' -> body + f.repeat(n);
            case '^' -> f.repeat(n / 2) + body + f.repeat(n - n / 2);
            default -> f.repeat(n) + body;
        };
    }
}
