package org.cellscope.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.Types;

/** The int and float methods: bit_length, is_integer, as_integer_ratio... */
final class NumberMethods {
    private NumberMethods() {}

    static void install() {
        TypeMethods.method(Types.INT, "bit_length", (a, kw) -> {
            Args.method("bit_length", a, 0, 0);
            return PyInt.of(((PyInt) a[0]).bigValue().abs().bitLength());
        });
        TypeMethods.method(Types.INT, "bit_count", (a, kw) -> {
            Args.method("bit_count", a, 0, 0);
            return PyInt.of(((PyInt) a[0]).bigValue().abs().bitCount());
        });
        TypeMethods.method(Types.INT, "conjugate", (a, kw) -> PyInt.of(((PyInt) a[0]).bigValue()));
        TypeMethods.method(Types.INT, "is_integer", (a, kw) -> PyBool.TRUE);
        TypeMethods.method(Types.FLOAT, "is_integer", (a, kw) -> {
            Args.method("is_integer", a, 0, 0);
            double d = ((PyFloat) a[0]).value();
            return PyBool.of(!Double.isInfinite(d) && d == Math.rint(d));
        });
        TypeMethods.method(Types.FLOAT, "conjugate", (a, kw) -> a[0]);
        TypeMethods.method(Types.FLOAT, "as_integer_ratio", (a, kw) -> {
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
}
