package org.cellscope.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;

/** {@code format(value, spec)}: the format-spec mini-language for str, int and float, as CPython implements it. */
public final class FormatSpec {
    private FormatSpec() {}

    private static final Pattern SPEC = Pattern.compile(
        "(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?(.)?", Pattern.DOTALL);

    /** The parsed parts of a spec. */
    /** A width or precision: past sys.maxsize CPython refuses the spec; below it, one this big cannot be allocated. */
    private static int size(String digits) {
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            throw Errors.valueError("Too many decimal digits in format string");
        }
        Errors.requireAllocatable(n);
        return (int) n;
    }

    /** noNegativeZero: the 'z' option (PEP 682), a float that rounds to zero loses its minus sign. */
    private record Spec(char fill, char align, char sign, boolean noNegativeZero, boolean alternate, int width, char grouping,
        Integer precision, char type) {}

    public static String format(PyObject value, String spec) {
        if (value.type().isUserDefined() && value.type().lookup("__format__") != null) {
            PyObject r = Calls.call(value.type().lookup("__format__"), new PyObject[] {value, PyStr.of(spec)}, null);
            if (r instanceof PyStr s) return s.value();
            throw Errors.typeError("__format__ must return a str, not " + r.type().name());
        }
        if (spec.isEmpty()) return Repr.str(value);
        boolean number = value instanceof PyInt || value instanceof PyFloat;
        if (!number && !(value instanceof PyStr)) {
            throw Errors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
        }
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + value.type().name() + "'");
        boolean zero = m.group(6) != null;
        char align = m.group(2) != null ? m.group(2).charAt(0) : 0;
        char fill = m.group(1) != null ? m.group(1).charAt(0) : zero && align == 0 ? '0' : ' ';
        if (zero && align == 0) align = number ? '=' : '<';
        Spec s = new Spec(fill, align, m.group(3) == null ? '-' : m.group(3).charAt(0), m.group(4) != null, m.group(5) != null,
            m.group(7) == null ? 0 : size(m.group(7)), m.group(8) == null ? 0 : m.group(8).charAt(0),
            m.group(9) == null ? null : size(m.group(9)), m.group(10) == null ? 0 : m.group(10).charAt(0));
        checkGrouping(s, value instanceof PyStr ? 's' : value instanceof PyInt ? 'd' : 0);
        if (value instanceof PyStr str) return formatStr(str.value(), s);
        if (value instanceof PyInt i && (s.type == 0 || "bcdoxXn".indexOf(s.type) >= 0)) return formatInt(i, s);
        if ("eEfFgGn%".indexOf(s.type) < 0 && s.type != 0) throw unknownCode(s.type, value);
        return formatFloat(Arith.toDouble(value), s);
    }

    /** The separators each presentation type takes (PEP 378, and _ every four digits in bin/oct/hex: PEP 515). */
    private static void checkGrouping(Spec s, char defaultType) {
        char type = s.type == 0 ? defaultType : s.type;
        if (s.grouping == 0 || type == 0 || "defgEG%F".indexOf(type) >= 0 || s.grouping == '_' && "boxX".indexOf(type) >= 0) return;
        throw Errors.valueError("Cannot specify '" + s.grouping + "' with '" + type + "'.");
    }

    private static RuntimeException unknownCode(char type, PyObject value) {
        return Errors.valueError("Unknown format code '" + type + "' for object of type '" + value.type().name() + "'");
    }

    private static String formatStr(String v, Spec s) {
        if (s.type != 0 && s.type != 's') throw unknownCode(s.type, PyStr.EMPTY);
        if (s.align == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        if (s.sign != '-') throw Errors.valueError((s.sign == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
        if (s.noNegativeZero) throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (s.alternate) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        String body = v;
        if (s.precision != null && body.codePointCount(0, body.length()) > s.precision) {
            body = body.substring(0, body.offsetByCodePoints(0, s.precision));
        }
        return pad("", body, s, '<');
    }

    private static String formatInt(PyInt i, Spec s) {
        if (s.precision != null) throw Errors.valueError("Precision not allowed in integer format specifier");
        if (s.noNegativeZero) throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        BigInteger abs = i.bigValue().abs();
        if (s.type == 'c') {
            if (s.sign != '-') throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            if (abs.bitLength() > 63) throw Errors.raise(Errors.OVERFLOW_ERROR, "Python int too large to convert to C long");
            if (i.signum() < 0 || abs.intValue() > 0x10FFFF) throw Errors.raise(Errors.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
            return pad("", Character.toString(abs.intValue()), s, '>');
        }
        int radix = switch (s.type) { case 'b' -> 2; case 'o' -> 8; case 'x', 'X' -> 16; default -> 10; };
        if (radix == 10 && abs.bitLength() > IntText.MAX_DIGITS * 3) IntText.toDecimal(i); // raises past 4300 digits
        String digits = abs.toString(radix);
        if (s.type == 'X') digits = digits.toUpperCase();
        String prefix = s.alternate && radix != 10 ? "0" + (s.type == 'X' ? 'X' : s.type) : "";
        return number(i.signum() < 0, prefix, digits, "", s, radix == 10 ? 3 : 4);
    }

    private static String formatFloat(double d, Spec s) {
        if (s.type == 'c' || "bdoxX".indexOf(s.type) >= 0 && s.type != 0) throw unknownCode(s.type, new PyFloat(d));
        boolean negative = d < 0 || d == 0 && 1 / d < 0;
        String body = floatBody(Math.abs(d), s.type, s.precision, s.alternate);
        int dot = body.indexOf('.'), e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E');
        int end = dot >= 0 ? dot : e >= 0 ? e : body.endsWith("%") ? body.length() - 1 : body.length();
        if (Double.isNaN(d) || Double.isInfinite(d)) end = body.length();
        if (s.noNegativeZero && Double.isFinite(d) && roundedToZero(body)) negative = false;
        return number(negative && !Double.isNaN(d), "", body.substring(0, end), body.substring(end), s, 3);
    }

    /** Whether the digits of a formatted magnitude (its exponent aside) are all zeros. */
    private static boolean roundedToZero(String body) {
        for (char c : body.toCharArray()) {
            if (c == 'e' || c == 'E') return true;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    /** Sign, prefix and grouped digits, padded: '=' puts the padding between the sign and the digits. */
    private static String number(boolean negative, String prefix, String intDigits, String rest, Spec s, int groupSize) {
        String sign = negative ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        String grouped = s.grouping == 0 ? intDigits : group(intDigits, s.grouping, groupSize);
        if (s.align == '=' && s.fill == '0' && s.grouping != 0 && Character.isDigit(intDigits.isEmpty() ? 'x' : intDigits.charAt(0))) {
            // zero padding extends the grouping, as CPython does for {:012,}
            int room = s.width - sign.length() - prefix.length() - rest.length();
            while (grouped.length() < room) {
                intDigits = "0" + intDigits;
                grouped = group(intDigits, s.grouping, groupSize);
            }
        }
        return pad(sign + prefix, grouped + rest, s, '>');
    }

    private static String group(String digits, char sep, int size) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % size == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String pad(String lead, String body, Spec s, char defaultAlign) {
        char align = s.align == 0 ? defaultAlign : s.align;
        int n = s.width - lead.codePointCount(0, lead.length()) - body.codePointCount(0, body.length());
        if (n <= 0) return lead + body;
        String f = String.valueOf(s.fill);
        return switch (align) {
            case '<' -> lead + body + f.repeat(n);
            case '^' -> f.repeat(n / 2) + lead + body + f.repeat(n - n / 2);
            case '=' -> lead + f.repeat(n) + body;
            default -> f.repeat(n) + lead + body;
        };
    }

    /** The digits of a non-negative float in a presentation type, correctly rounded half-even as C's printf does. */
    static String floatBody(double d, char type, Integer precision, boolean alternate) {
        boolean upper = Character.isUpperCase(type);
        String percent = type == '%' ? "%" : "";
        if (Double.isInfinite(d)) return (upper ? "INF" : "inf") + percent;
        if (Double.isNaN(d)) return (upper ? "NAN" : "nan") + percent;
        int p = precision == null ? 6 : precision;
        switch (type) {
            case 'f', 'F': return fixed(d, p, alternate);
            case '%': return fixed(d * 100, p, alternate) + "%";
            case 'e', 'E': {
                String r = scientific(d, p, alternate);
                return upper ? r.toUpperCase() : r;
            }
            case 'g', 'G', 'n': {
                String r = general(d, p == 0 ? 1 : p, alternate, false);
                return upper ? r.toUpperCase() : r;
            }
            default: {
                if (precision == null) return FloatRepr.repr(d);
                return general(d, p == 0 ? 1 : p, alternate, true);
            }
        }
    }

    private static String fixed(double d, int p, boolean alternate) {
        if (Double.isInfinite(d)) return "inf"; // 1e308 as a percentage
        String r = new BigDecimal(d).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && p == 0 ? r + "." : r;
    }

    private static String scientific(double d, int p, boolean alternate) {
        if (d == 0) return "0" + (p > 0 ? "." + "0".repeat(p) : alternate ? "." : "") + "e+00";
        BigDecimal r = new BigDecimal(d).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        digits = (digits + "0".repeat(p + 1)).substring(0, p + 1);
        int exp = r.precision() - r.scale() - 1;
        String mant = digits.charAt(0) + (p > 0 ? "." + digits.substring(1) : alternate ? "." : "");
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /**
     * 'g': scientific when the exponent is below -4 or at least the precision, trailing zeros dropped unless '#'.
     * Without a type (keepPoint) a fixed result keeps a ".0" and the switch to scientific comes one digit earlier.
     */
    private static String general(double d, int p, boolean alternate, boolean keepPoint) {
        int exp;
        if (d == 0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(d).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
        }
        String out;
        if (exp < -4 || exp >= (keepPoint ? p - 1 : p)) {
            out = scientific(d, p - 1, alternate);
            if (!alternate) {
                int e = out.indexOf('e');
                out = stripZeros(out.substring(0, e)) + out.substring(e);
            }
        } else {
            out = fixed(d, p - 1 - exp, alternate);
            if (!alternate) out = stripZeros(out);
            if (keepPoint && !out.contains(".")) out += ".0";
        }
        return out;
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
