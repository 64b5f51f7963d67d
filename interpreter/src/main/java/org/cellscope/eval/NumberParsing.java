package org.cellscope.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;

/** int() and float() of numbers and text, with CPython's accepted syntax and messages. */
public final class NumberParsing {
    private NumberParsing() {}

    public static PyInt toInt(PyObject o) {
        if (o instanceof PyBool b) return PyInt.of(b.longValue());
        if (o instanceof PyInt i) return i;
        if (o instanceof PyFloat f) return floatToInt(f.value());
        if (o instanceof PyStr) return intFromText(o, 10);
        if (o.type().isUserDefined()) {
            for (String name : new String[] {"__int__", "__index__"}) {
                PyObject m = o.type().lookup(name);
                if (m != null) {
                    PyObject r = Calls.call(m, new PyObject[] {o}, null);
                    if (r instanceof PyInt i) return i;
                    throw Errors.typeError(name + " returned non-int (type " + r.type().name() + ")");
                }
            }
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
            + o.type().name() + "'");
    }

    public static PyInt floatToInt(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.raise(Errors.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        if (Math.abs(d) < 9e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    /** int(text, base): optional sign and prefix, underscores between digits, surrounding whitespace. */
    static PyInt intFromText(PyObject o, long base) {
        if (!(o instanceof PyStr s)) {
            if (o == null) throw Errors.typeError("int() missing string argument");
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        if (base != 0 && (base < 2 || base > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        String text = s.value().strip();
        int i = 0;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) negative = text.charAt(i++) == '-';
        int radix = (int) base;
        if (text.length() > i + 1 && text.charAt(i) == '0') {
            char p = Character.toLowerCase(text.charAt(i + 1));
            int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixed != 0 && (base == 0 || base == prefixed)) {
                radix = prefixed;
                i += 2;
                if (i < text.length() && text.charAt(i) == '_') i++;
            }
        }
        String digits = text.substring(i);
        if (radix == 0) {
            radix = 10;
            if (digits.matches("0[0_]*[1-9].*")) throw invalid(s, base); // no leading zeros without a prefix
        }
        if (!validDigits(digits, radix)) throw invalid(s, base);
        String clean = digits.replace("_", "");
        boolean powerOfTwo = (radix & (radix - 1)) == 0;
        if (!powerOfTwo && clean.length() > IntText.MAX_DIGITS) throw IntText.parseLimit(clean.length());
        BigInteger v = new BigInteger(clean, radix);
        return PyInt.of(negative ? v.negate() : v);
    }

    private static boolean validDigits(String digits, int radix) {
        if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")) return false;
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (c != '_' && Character.digit(c, radix) < 0) return false;
        }
        return true;
    }

    private static RuntimeException invalid(PyStr s, long base) {
        return Errors.valueError("invalid literal for int() with base " + base + ": " + Repr.repr(s));
    }

    public static PyFloat toFloat(PyObject o) {
        if (o instanceof PyFloat f) return f;
        if (o instanceof PyInt i) return new PyFloat(Arith.toDouble(i));
        if (o instanceof PyStr s) return new PyFloat(parseFloat(s));
        if (o.type().isUserDefined()) {
            PyObject m = o.type().lookup("__float__");
            if (m != null) {
                PyObject r = Calls.call(m, new PyObject[] {o}, null);
                if (r instanceof PyFloat f) return f;
                throw Errors.typeError(o.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + o.type().name() + "'");
    }

    private static double parseFloat(PyStr s) {
        String t = asciiDigits(s.value()).strip().toLowerCase();
        String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        double sign = t.startsWith("-") ? -1 : 1;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (unsigned.equals("nan")) return Double.NaN;
        if (!t.matches("[+-]?(\\d(_?\\d)*(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)(e[+-]?\\d(_?\\d)*)?")) {
            throw Errors.valueError("could not convert string to float: " + Repr.repr(s));
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    /** Other scripts' decimal digits as ASCII ones, as _PyUnicode_TransformDecimalAndSpaceToASCII makes them for float(). */
    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) out.append((char) ('0' + Character.digit(c, 10)));
            else out.appendCodePoint(c);
        });
        return out.toString();
    }
}
