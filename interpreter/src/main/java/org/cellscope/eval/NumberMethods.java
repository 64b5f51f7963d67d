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
}
