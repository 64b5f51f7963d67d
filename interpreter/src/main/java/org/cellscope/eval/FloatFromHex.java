package org.cellscope.eval;

import java.math.BigInteger;
import org.cellscope.runtime.Errors;

/** float.fromhex: CPython's float_fromhex, reading [sign][0x]digits[.digits][p exponent] exactly, rounding half to even. */
final class FloatFromHex {
    private FloatFromHex() {}

    private static final String INVALID = "invalid hexadecimal floating-point string";
    /** Exponents beyond this are saturated, as strtol and CPython's LONG_MAX/2 checks make them. */
    private static final long EXPONENT_LIMIT = Long.MAX_VALUE / 4;
    private static final int MANTISSA_BITS = 53, MIN_EXPONENT = -1074, MAX_EXPONENT = 1024;

    static double parse(String s) {
        int pos = skipSpace(s, 0);
        Double special = infOrNan(s, pos);
        if (special != null) return special;
        boolean negative = pos < s.length() && s.charAt(pos) == '-';
        if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) pos++;
        if (s.startsWith("0x", pos) || s.startsWith("0X", pos)) pos += 2;
        StringBuilder digits = new StringBuilder();
        int fractionDigits = 0;
        for (; pos < s.length() && Character.digit(s.charAt(pos), 16) >= 0 && s.charAt(pos) < 128; pos++) digits.append(s.charAt(pos));
        if (pos < s.length() && s.charAt(pos) == '.') {
            for (pos++; pos < s.length() && Character.digit(s.charAt(pos), 16) >= 0 && s.charAt(pos) < 128; pos++) {
                digits.append(s.charAt(pos));
                fractionDigits++;
            }
        }
        if (digits.length() == 0) throw Errors.valueError(INVALID);
        long exponent = 0;
        if (pos < s.length() && (s.charAt(pos) == 'p' || s.charAt(pos) == 'P')) {
            int start = ++pos;
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) pos++;
            int first = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') pos++;
            if (pos == first) throw Errors.valueError(INVALID);
            BigInteger e = new BigInteger(s.substring(start, pos));
            exponent = e.max(BigInteger.valueOf(-EXPONENT_LIMIT)).min(BigInteger.valueOf(EXPONENT_LIMIT)).longValue();
        }
        double magnitude = scaled(new BigInteger(digits.toString(), 16), exponent - 4L * fractionDigits);
        return requireEnd(s, pos, negative ? -magnitude : magnitude);
    }

    /** mantissa * 2**exponent rounded half to even to a double (subnormals included); too big is an OverflowError. */
    private static double scaled(BigInteger mantissa, long exponent) {
        if (mantissa.signum() == 0) return 0.0;
        long top = exponent + mantissa.bitLength(); // the value is below 2**top
        if (top < MIN_EXPONENT) return 0.0;
        if (top > MAX_EXPONENT) throw tooLarge();
        long lsb = Math.max(top - MANTISSA_BITS, MIN_EXPONENT);
        long shift = lsb - exponent;
        if (shift <= 0) return Math.scalb(mantissa.doubleValue(), (int) exponent);
        BigInteger kept = mantissa.shiftRight((int) shift);
        BigInteger rest = mantissa.subtract(kept.shiftLeft((int) shift)), half = BigInteger.ONE.shiftLeft((int) shift - 1);
        int c = rest.compareTo(half);
        if (c > 0 || c == 0 && kept.testBit(0)) kept = kept.add(BigInteger.ONE);
        if (kept.bitLength() + lsb > MAX_EXPONENT) throw tooLarge();
        return Math.scalb(kept.doubleValue(), (int) lsb);
    }

    private static RuntimeException tooLarge() {
        return Errors.raise(Errors.OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
    }

    /** _Py_parse_inf_or_nan: [sign] inf, infinity or nan in any case; null when the text is none of them. */
    private static Double infOrNan(String s, int pos) {
        boolean negative = pos < s.length() && s.charAt(pos) == '-';
        if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) pos++;
        String rest = s.substring(pos).toLowerCase(java.util.Locale.ROOT);
        double sign = negative ? -1 : 1;
        if (rest.startsWith("infinity")) return requireEnd(s, pos + 8, sign * Double.POSITIVE_INFINITY);
        if (rest.startsWith("inf")) return requireEnd(s, pos + 3, sign * Double.POSITIVE_INFINITY);
        if (rest.startsWith("nan")) return requireEnd(s, pos + 3, Double.NaN);
        return null;
    }

    /** Only whitespace may follow the number. */
    private static double requireEnd(String s, int pos, double value) {
        if (skipSpace(s, pos) != s.length()) throw Errors.valueError(INVALID);
        return value;
    }

    private static int skipSpace(String s, int pos) {
        while (pos < s.length() && " \t\n\r\u000b\f".indexOf(s.charAt(pos)) >= 0) pos++;
        return pos;
    }
}
