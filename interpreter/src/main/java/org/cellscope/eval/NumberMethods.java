package org.cellscope.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.Types;

/** The int and float methods: bit_length, is_integer, as_integer_ratio... */
final class NumberMethods {
    private NumberMethods() {}

    static void install() {
        TypeMethods.method(Types.INT, "bit_length", 0, 0, (a, kw) -> {
            return PyInt.of(((PyInt) a[0]).bigValue().abs().bitLength());
        });
        TypeMethods.method(Types.INT, "bit_count", 0, 0, (a, kw) -> {
            return PyInt.of(((PyInt) a[0]).bigValue().abs().bitCount());
        });
        TypeMethods.method(Types.INT, "conjugate", 0, 0, (a, kw) -> PyInt.of(((PyInt) a[0]).bigValue()));
        TypeMethods.method(Types.INT, "as_integer_ratio", 0, 0, (a, kw) -> PyTuple.of(PyInt.of(((PyInt) a[0]).bigValue()), PyInt.of(1)));
        TypeMethods.method(Types.FLOAT, "is_integer", 0, 0, (a, kw) -> {
            double d = ((PyFloat) a[0]).value();
            return PyBool.of(!Double.isInfinite(d) && d == Math.rint(d));
        });
        TypeMethods.method(Types.FLOAT, "conjugate", 0, 0, (a, kw) -> a[0]);
        TypeMethods.method(Types.FLOAT, "hex", 0, 0, (a, kw) -> PyStr.of(hex(((PyFloat) a[0]).value())));
        // a classmethod, so (1.0).fromhex(s) works too
        Types.FLOAT.dict().put("fromhex", Descriptors.classMethod(new PyBuiltin("fromhex", Types.FLOAT, (a, kw) -> {
            Args.noKeywords("float.fromhex", kw);
            Args.method("fromhex", a, 1, 1);
            if (!(a[1] instanceof PyStr s)) throw Errors.typeError("bad argument type for built-in operation");
            return new PyFloat(FloatFromHex.parse(s.value()));
        })));
        TypeMethods.bytesMethod(Types.INT, "to_bytes");
        TypeMethods.bytesMethod(Types.INT, "from_bytes");
        TypeMethods.method(Types.FLOAT, "as_integer_ratio", 0, 0, (a, kw) -> {
            double d = ((PyFloat) a[0]).value();
            if (Double.isNaN(d)) throw Errors.valueError("cannot convert NaN to integer ratio");
            if (Double.isInfinite(d)) throw Errors.raise(Errors.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
            BigDecimal exact = new BigDecimal(d);
            BigInteger num = exact.unscaledValue(), den = BigInteger.ONE;
            if (exact.scale() > 0) den = BigInteger.TEN.pow(exact.scale());
            else num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
            BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
    }

    /** float.hex(): CPython's form, all thirteen hex digits of the mantissa, as in 0x1.8000000000000p+1. */
    private static String hex(double d) {
        if (Double.isNaN(d)) return "nan";
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (Double.isInfinite(d)) return sign + "inf";
        if (d == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(Math.abs(d));
        int biased = (int) (bits >>> 52);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent = biased == 0 ? -1022 : biased - 1023; // a subnormal has no leading 1
        return sign + "0x" + (biased == 0 ? 0 : 1) + "." + String.format("%013x", mantissa) + "p" + (exponent >= 0 ? "+" : "") + exponent;
    }
}
