package org.cellscope.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import org.cellscope.ast.CmpOp;
import org.cellscope.ast.Operator;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/** The numeric builtins: abs, round, divmod, pow, sum, min, max, hex, bin, oct, chr, ord. */
public final class NumberBuiltins {
    private NumberBuiltins() {}

    static void install(Map<String, PyObject> b) {
        Builtins.fn(b, "abs", (a, kw) -> {
            Args.count("abs", a, 1, 1);
            return abs(a[0]);
        });
        Builtins.keywordFn(b, "round", (a, kw) -> {
            PyObject[] p = Args.bind("round", a, 0, kw, 1, "number", "ndigits");
            return round(p[0], p[1] == null || p[1] == PyNone.NONE ? null : Args.toInt(p[1]));
        });
        Builtins.fn(b, "divmod", (a, kw) -> {
            Args.count("divmod", a, 2, 2);
            return divmod(a[0], a[1]);
        });
        Builtins.keywordFn(b, "pow", (a, kw) -> {
            PyObject[] p = Args.bind("pow", a, 0, kw, 2, "base", "exp", "mod");
            if (p[2] != null && p[2] != PyNone.NONE) return modPow(p[0], p[1], p[2]);
            return Ops.binary(Operator.POW, p[0], p[1]);
        });
        Builtins.keywordFn(b, "sum", (a, kw) -> {
            Args.onlyKeywords("sum", kw, "start");
            if (a.length == 0) throw Errors.typeError("sum() takes at least 1 positional argument (0 given)");
            Args.count("sum", a, 1, 2);
            PyObject total = a.length > 1 ? a[1] : Args.kw(kw, "start");
            if (total == null) total = PyInt.of(0);
            if (total instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            PyObject it = Ops.iter(a[0]);
            for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) total = Ops.binary(Operator.ADD, total, x);
            return total;
        });
        Builtins.keywordFn(b, "min", (a, kw) -> extreme("min", a, kw, CmpOp.LT));
        Builtins.keywordFn(b, "max", (a, kw) -> extreme("max", a, kw, CmpOp.GT));
        Builtins.fn(b, "hex", (a, kw) -> radix("hex", a, 16, "0x"));
        Builtins.fn(b, "bin", (a, kw) -> radix("bin", a, 2, "0b"));
        Builtins.fn(b, "oct", (a, kw) -> radix("oct", a, 8, "0o"));
        Builtins.fn(b, "chr", (a, kw) -> {
            Args.count("chr", a, 1, 1);
            PyInt i = Args.toInt(a[0]);
            if (!i.isSmall() || i.longValue() != (int) i.longValue()) {
                throw Errors.raise(Errors.OVERFLOW_ERROR, "Python int too large to convert to C int");
            }
            if (i.longValue() < 0 || i.longValue() > 0x10FFFF) {
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.of(Character.toString((int) i.longValue()));
        });
        Builtins.fn(b, "ord", (a, kw) -> {
            Args.count("ord", a, 1, 1);
            if (!(a[0] instanceof PyStr s)) throw Errors.typeError("ord() expected string of length 1, but " + a[0].type().name() + " found");
            int n = s.value().codePointCount(0, s.value().length());
            if (n != 1) throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            return PyInt.of(s.value().codePointAt(0));
        });
    }

    public static PyObject abs(PyObject x) {
        if (x instanceof PyFloat f) return new PyFloat(Math.abs(f.value()));
        if (x instanceof PyInt i) return i.signum() < 0 ? Ops.unary(org.cellscope.ast.UnaryOperator.USUB, i) : PyInt.of(i.bigValue());
        PyObject m = x.type().isUserDefined() ? x.type().lookup("__abs__") : null;
        if (m != null) return Calls.call(m, new PyObject[] {x}, null);
        throw Errors.typeError("bad operand type for abs(): '" + x.type().name() + "'");
    }

    static PyObject round(PyObject x, PyInt ndigits) {
        if (x instanceof PyInt i) {
            if (ndigits == null || ndigits.signum() >= 0) return PyInt.of(i.bigValue());
            if (!ndigits.isSmall() || ndigits.longValue() < -100000) return PyInt.of(0);
            BigDecimal r = new BigDecimal(i.bigValue()).setScale((int) ndigits.longValue(), RoundingMode.HALF_EVEN);
            return PyInt.of(r.toBigInteger());
        }
        if (x instanceof PyFloat f) {
            double d = f.value();
            if (ndigits == null) return NumberParsing.floatToInt(Math.rint(d));
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) return f;
            long n = ndigits.isSmall() ? ndigits.longValue() : ndigits.signum() * Long.MAX_VALUE;
            if (n > 323) return f;
            if (n < -308) return new PyFloat(Math.copySign(0.0, d));
            double r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            if (Double.isInfinite(r)) throw Errors.raise(Errors.OVERFLOW_ERROR, "rounded value too large to represent");
            return new PyFloat(r == 0 ? Math.copySign(0.0, d) : r);
        }
        PyObject m = x.type().isUserDefined() ? x.type().lookup("__round__") : null;
        if (m != null) return Calls.call(m, ndigits == null ? new PyObject[] {x} : new PyObject[] {x, ndigits}, null);
        throw Errors.typeError("type " + x.type().name() + " doesn't define __round__ method");
    }

    private static PyObject divmod(PyObject x, PyObject y) {
        boolean numbers = (x instanceof PyInt || x instanceof PyFloat) && (y instanceof PyInt || y instanceof PyFloat);
        if (numbers) {
            if ((x instanceof PyFloat || y instanceof PyFloat) && Arith.toDouble(y) == 0) {
                throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "float divmod()");
            }
            return PyTuple.of(Ops.binary(Operator.FLOORDIV, x, y), Ops.binary(Operator.MOD, x, y));
        }
        PyObject m = x.type().isUserDefined() ? x.type().lookup("__divmod__") : null;
        if (m != null) return Calls.call(m, new PyObject[] {x, y}, null);
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + x.type().name() + "' and '" + y.type().name() + "'");
    }

    private static PyObject modPow(PyObject base, PyObject exp, PyObject mod) {
        if (!(base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m)) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger modulus = m.bigValue();
        if (modulus.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger abs = modulus.abs();
        BigInteger value = b.bigValue().mod(abs);
        if (e.signum() < 0) {
            try {
                value = value.modInverse(abs);
            } catch (ArithmeticException notInvertible) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        }
        BigInteger r = abs.equals(BigInteger.ONE) ? BigInteger.ZERO : value.modPow(e.bigValue().abs(), abs);
        if (modulus.signum() < 0 && r.signum() != 0) r = r.add(modulus);
        return PyInt.of(r);
    }

    private static PyObject radix(String name, PyObject[] a, int radix, String prefix) {
        Args.count(name, a, 1, 1);
        PyInt i = Args.toInt(a[0]);
        String digits = i.bigValue().abs().toString(radix);
        return PyStr.of((i.signum() < 0 ? "-" : "") + prefix + digits);
    }

    /** min() and max(): the first item no other beats, by key; CPython compares each new item against the best so far. */
    private static PyObject extreme(String name, PyObject[] args, Map<String, PyObject> kw, CmpOp better) {
        if (args.length == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        Args.onlyKeywords(name, kw, "key", "default");
        PyObject key = Args.kw(kw, "key");
        PyObject dflt = Args.kw(kw, "default");
        if (args.length > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        PyObject it = Ops.iter(args.length == 1 ? args[0] : PyTuple.of(args));
        PyObject best = null, bestKey = null;
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
            PyObject k = key == null || key == PyNone.NONE ? x : Calls.call(key, new PyObject[] {x}, null);
            if (best == null || Ops.order(better, k, bestKey)) {
                best = x;
                bestKey = k;
            }
        }
        if (best != null) return best;
        if (dflt != null) return dflt;
        throw Errors.valueError(name + "() arg is an empty sequence");
    }
}
