package org.cellscope.eval;

import java.math.BigDecimal;

/** CPython's float repr: the shortest digits that round-trip, scientific below 1e-4 and from 1e16. */
public final class FloatRepr {
    private FloatRepr() {}

    public static String repr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - shortest.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        String plain = shortest.abs().toPlainString();
        if (!plain.contains(".")) plain += ".0";
        return sign + plain;
    }

    /** The shortest decimal (at most 17 significant digits) that parses back to d. */
    private static BigDecimal shortest(double d) {
        for (int p = 1; p <= 17; p++) {
            String s = String.format("%." + (p - 1) + "e", d);
            if (Double.parseDouble(s) == d) return new BigDecimal(s).stripTrailingZeros();
        }
        return new BigDecimal(d);
    }
}
