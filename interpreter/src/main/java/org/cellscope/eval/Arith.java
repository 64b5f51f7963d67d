package org.cellscope.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.cellscope.ast.Operator;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;

/** int and float arithmetic with CPython's results and error messages. Returns null when the operands are not numbers. */
final class Arith {
    private Arith() {}

    static PyObject binary(Operator op, PyObject a, PyObject b) {
        if (a instanceof PyBool x && b instanceof PyBool y) {
            // bool's own &, | and ^ keep the result a bool
            switch (op) {
                case BITAND: return PyBool.of(x.isTrue() & y.isTrue());
                case BITOR: return PyBool.of(x.isTrue() | y.isTrue());
                case BITXOR: return PyBool.of(x.isTrue() ^ y.isTrue());
                default: break;
            }
        }
        if (a instanceof PyInt x && b instanceof PyInt y) return ints(op, x, y);
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            return floats(op, toDouble(a), toDouble(b));
        }
        return null;
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value();
        double d = ((PyInt) o).toDouble();
        if (Double.isInfinite(d)) throw Errors.raise(Errors.OVERFLOW_ERROR, "int too large to convert to float");
        return d;
    }

    static boolean isNan(PyObject o) {
        return o instanceof PyFloat f && Double.isNaN(f.value());
    }

    /** a <=> b for two numbers, neither nan, one a float: exact, as float_richcompare (no int rounded to a float). */
    static int compare(PyObject a, PyObject b) {
        if (a instanceof PyFloat x && b instanceof PyFloat y) return x.value() == y.value() ? 0 : Double.compare(x.value(), y.value());
        if (a instanceof PyFloat x && Double.isInfinite(x.value())) return x.value() > 0 ? 1 : -1;
        if (b instanceof PyFloat y && Double.isInfinite(y.value())) return y.value() > 0 ? -1 : 1;
        return exact(a).compareTo(exact(b));
    }

    private static BigDecimal exact(PyObject o) {
        return o instanceof PyFloat f ? new BigDecimal(f.value()) : new BigDecimal(((PyInt) o).bigValue());
    }

    private static PyObject ints(Operator op, PyInt x, PyInt y) {
        if (x.isSmall() && y.isSmall()) {
            long a = x.longValue(), b = y.longValue();
            switch (op) {
                case ADD: { long r = a + b; if (((a ^ r) & (b ^ r)) >= 0) return PyInt.of(r); break; }
                case SUB: { long r = a - b; if (((a ^ b) & (a ^ r)) >= 0) return PyInt.of(r); break; }
                case MULT: {
                    long hi = Math.multiplyHigh(a, b), lo = a * b;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
                    break;
                }
                case FLOORDIV:
                    if (b == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "integer division or modulo by zero");
                    if (!(a == Long.MIN_VALUE && b == -1)) return PyInt.of(Math.floorDiv(a, b));
                    break;
                case MOD:
                    if (b == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "integer modulo by zero");
                    return PyInt.of(Math.floorMod(a, b));
                case BITAND: return PyInt.of(a & b);
                case BITOR: return PyInt.of(a | b);
                case BITXOR: return PyInt.of(a ^ b);
                default: break;
            }
        }
        BigInteger a = x.bigValue(), b = y.bigValue();
        switch (op) {
            case ADD: return PyInt.of(a.add(b));
            case SUB: return PyInt.of(a.subtract(b));
            case MULT: return PyInt.of(a.multiply(b));
            case DIV:
                if (b.signum() == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "division by zero");
                return new PyFloat(trueDivide(a, b));
            case FLOORDIV: {
                if (b.signum() == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "integer division or modulo by zero");
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) q = q.subtract(BigInteger.ONE);
                return PyInt.of(q);
            }
            case MOD: {
                if (b.signum() == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "integer modulo by zero");
                BigInteger r = a.mod(b.abs());
                if (b.signum() < 0 && r.signum() != 0) r = r.add(b);
                return PyInt.of(r);
            }
            case POW: {
                if (b.signum() < 0) {
                    if (a.signum() == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
                    return new PyFloat(Math.pow(a.doubleValue(), b.doubleValue()));
                }
                if (b.bitLength() > 31) throw Errors.raise(Errors.OVERFLOW_ERROR, "exponent too large");
                return PyInt.of(a.pow(b.intValue()));
            }
            case LSHIFT:
                if (b.signum() < 0) throw Errors.valueError("negative shift count");
                if (a.signum() == 0) return PyInt.of(0);
                // CPython: a shift beyond Py_ssize_t digits is too many digits; a shift it cannot allocate, a MemoryError
                if (b.bitLength() > 63 || b.longValue() / 30 > MAX_LONG_DIGITS) throw Errors.raise(Errors.OVERFLOW_ERROR, "too many digits in integer");
                if (b.longValue() > Integer.MAX_VALUE - a.bitLength()) throw Errors.raise(Errors.MEMORY_ERROR, null);
                return PyInt.of(a.shiftLeft(b.intValue()));
            case RSHIFT:
                if (b.signum() < 0) throw Errors.valueError("negative shift count");
                return PyInt.of(b.bitLength() > 31 ? BigInteger.valueOf(a.signum() < 0 ? -1 : 0) : a.shiftRight(b.intValue()));
            case BITAND: return PyInt.of(a.and(b));
            case BITOR: return PyInt.of(a.or(b));
            case BITXOR: return PyInt.of(a.xor(b));
            default: return null;
        }
    }

    /** CPython's MAX_LONG_DIGITS: the most 30-bit digits an int object may have. */
    private static final long MAX_LONG_DIGITS = (Long.MAX_VALUE - 24) / 4;

    /** Correctly rounded a / b, as CPython's long_true_divide. */
    private static double trueDivide(BigInteger a, BigInteger b) {
        if (a.bitLength() < 53 && b.bitLength() < 53) return a.doubleValue() / b.doubleValue();
        double q = new java.math.BigDecimal(a).divide(new java.math.BigDecimal(b), java.math.MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(q)) throw Errors.raise(Errors.OVERFLOW_ERROR, "integer division result too large for a float");
        return q;
    }

    private static PyObject floats(Operator op, double a, double b) {
        switch (op) {
            case ADD: return new PyFloat(a + b);
            case SUB: return new PyFloat(a - b);
            case MULT: return new PyFloat(a * b);
            case DIV:
                if (b == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "float division by zero");
                return new PyFloat(a / b);
            case FLOORDIV:
                if (b == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "float floor division by zero");
                return new PyFloat(floorDiv(a, b));
            case MOD:
                if (b == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "float modulo");
                return new PyFloat(floatMod(a, b));
            case POW:
                return new PyFloat(pow(a, b));
            default: return null;
        }
    }

    /** float ** float: C's pow, with CPython's errors for 0 ** negative and for overflow. */
    static double pow(double a, double b) {
        if (a == 0 && b < 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
        if (a < 0 && b != Math.rint(b) && Double.isFinite(b)) {
            throw Errors.raise(Errors.NOT_IMPLEMENTED_ERROR, "complex numbers are not supported by Cellscope yet");
        }
        // C's pow, unlike Java's, gives 1 for 1 ** nan and for (-1) ** ±inf
        if (a == 1 || a == -1 && Double.isInfinite(b)) return 1.0;
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw new org.cellscope.runtime.PyRaise(new org.cellscope.runtime.PyBaseException(Errors.OVERFLOW_ERROR,
                org.cellscope.runtime.PyTuple.of(PyInt.of(34), org.cellscope.runtime.PyStr.of("Numerical result out of range"))));
        }
        return r;
    }

    static double floatMod(double a, double b) {
        double m = a % b;
        if (m != 0 && (m < 0) != (b < 0)) m += b;
        else if (m == 0) m = Math.copySign(0.0, b);
        return m;
    }

    static double floorDiv(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) div -= 1.0;
        if (div != 0) {
            double floor = Math.floor(div);
            if (div - floor > 0.5) floor += 1.0;
            return floor;
        }
        return Math.copySign(0.0, a / b);
    }
}
