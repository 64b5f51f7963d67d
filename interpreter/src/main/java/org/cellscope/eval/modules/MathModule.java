package org.cellscope.eval.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.cellscope.ast.Operator;
import org.cellscope.eval.Args;
import org.cellscope.eval.NumberParsing;
import org.cellscope.eval.Ops;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyTuple;

/** math: constants and functions with C's results and CPython's domain and range errors. */
final class MathModule {
    private MathModule() {}

    static void fill(PyModule m) {
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        real(m, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x));
        real(m, "exp", Math::exp);
        real(m, "expm1", Math::expm1);
        real(m, "sin", Math::sin);
        real(m, "cos", Math::cos);
        real(m, "tan", Math::tan);
        real(m, "asin", Math::asin);
        real(m, "acos", Math::acos);
        real(m, "atan", Math::atan);
        real(m, "sinh", Math::sinh);
        real(m, "cosh", Math::cosh);
        real(m, "tanh", Math::tanh);
        real(m, "fabs", Math::abs);
        real(m, "degrees", Math::toDegrees);
        real(m, "radians", Math::toRadians);
        real(m, "log10", x -> x <= 0 ? Double.NaN : Math.log10(x));
        real(m, "log2", x -> x <= 0 ? Double.NaN : log2(x));
        real(m, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x));
        m.function("log", (a, kw) -> {
            Args.count("log", a, 1, 2);
            double r = log(a[0]);
            if (a.length == 2) {
                double base = log(a[1]);
                if (base == 0) throw Errors.raise(Errors.ZERO_DIVISION_ERROR, "float division by zero");
                r /= base;
            }
            return new PyFloat(r);
        });
        m.function("pow", (a, kw) -> {
            Args.count("pow", a, 2, 2);
            double x = real(a[0]), y = real(a[1]);
            if (x == 0 && y < 0) throw domainError();
            return checked(Math.pow(x, y), x, y);
        });
        m.function("atan2", (a, kw) -> {
            Args.count("atan2", a, 2, 2);
            return new PyFloat(Math.atan2(real(a[0]), real(a[1])));
        });
        m.function("copysign", (a, kw) -> {
            Args.count("copysign", a, 2, 2);
            return new PyFloat(Math.copySign(real(a[0]), real(a[1])));
        });
        m.function("fmod", (a, kw) -> {
            Args.count("fmod", a, 2, 2);
            double x = real(a[0]), y = real(a[1]);
            if (y == 0 && !Double.isNaN(x) || Double.isInfinite(x)) throw domainError();
            return new PyFloat(x % y);
        });
        m.function("hypot", (a, kw) -> {
            double sum = 0;
            for (PyObject x : a) sum = Math.hypot(sum, real(x));
            return new PyFloat(sum);
        });
        m.function("floor", (a, kw) -> rounding("floor", a, Math::floor));
        m.function("ceil", (a, kw) -> rounding("ceil", a, Math::ceil));
        m.function("trunc", (a, kw) -> rounding("trunc", a, x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
        m.function("isqrt", (a, kw) -> {
            Args.count("isqrt", a, 1, 1);
            BigInteger n = Args.toInt(a[0]).bigValue();
            if (n.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
            return PyInt.of(n.sqrt());
        });
        m.function("factorial", (a, kw) -> {
            Args.count("factorial", a, 1, 1);
            long n = Args.toLong(a[0]);
            if (n < 0) throw Errors.valueError("factorial() not defined for negative values");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
            return PyInt.of(r);
        });
        m.function("gcd", (a, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) g = g.gcd(Args.toInt(x).bigValue());
            return PyInt.of(g);
        });
        m.function("lcm", (a, kw) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger v = Args.toInt(x).bigValue().abs();
                l = v.signum() == 0 || l.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        m.function("comb", (a, kw) -> {
            Args.count("comb", a, 2, 2);
            long[] nk = nonNegative(a);
            if (nk[1] > nk[0]) return PyInt.of(0);
            long k = Math.min(nk[1], nk[0] - nk[1]);
            return PyInt.of(falling(nk[0], k).divide(falling(k, k)));
        });
        m.function("perm", (a, kw) -> {
            Args.count("perm", a, 1, 2);
            if (a.length == 1) return PyInt.of(falling(nonNegative("n", a[0]), nonNegative("n", a[0])));
            long[] nk = nonNegative(a);
            return PyInt.of(nk[1] > nk[0] ? BigInteger.ZERO : falling(nk[0], nk[1]));
        });
        m.function("isclose", (a, kw) -> {
            Args.count("isclose", a, 2, 2);
            Args.onlyKeywords("isclose", kw, "rel_tol", "abs_tol");
            double x = real(a[0]), y = real(a[1]);
            double rel = Args.kw(kw, "rel_tol") == null ? 1e-9 : real(Args.kw(kw, "rel_tol"));
            double abs = Args.kw(kw, "abs_tol") == null ? 0 : real(Args.kw(kw, "abs_tol"));
            if (rel < 0 || abs < 0) throw Errors.valueError("tolerances must be non-negative");
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        m.function("isnan", (a, kw) -> PyBool.of(Double.isNaN(real(one("isnan", a)))));
        m.function("isinf", (a, kw) -> PyBool.of(Double.isInfinite(real(one("isinf", a)))));
        m.function("isfinite", (a, kw) -> PyBool.of(Double.isFinite(real(one("isfinite", a)))));
        m.function("fsum", (a, kw) -> {
            Args.count("fsum", a, 1, 1);
            BigDecimal exact = BigDecimal.ZERO;
            double special = 0;
            for (PyObject x : Ops.toList(a[0])) {
                double d = real(x);
                if (Double.isFinite(d)) exact = exact.add(new BigDecimal(d));
                else special += d;
            }
            if (special != 0 || Double.isNaN(special)) return new PyFloat(special);
            return new PyFloat(Double.parseDouble(exact.toString())); // correctly rounded, as fsum is
        });
        m.function("prod", (a, kw) -> {
            Args.count("prod", a, 1, 1);
            Args.onlyKeywords("prod", kw, "start");
            PyObject r = Args.kw(kw, "start") == null ? PyInt.of(1) : Args.kw(kw, "start");
            for (PyObject x : Ops.toList(a[0])) r = Ops.binary(Operator.MULT, r, x);
            return r;
        });
        m.function("modf", (a, kw) -> {
            double x = real(one("modf", a));
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - whole, x)), new PyFloat(whole));
        });
        m.function("dist", (a, kw) -> {
            Args.count("dist", a, 2, 2);
            java.util.List<PyObject> p = Ops.toList(a[0]), q = Ops.toList(a[1]);
            if (p.size() != q.size()) throw Errors.valueError("both points must have the same number of dimensions");
            double sum = 0;
            for (int i = 0; i < p.size(); i++) sum = Math.hypot(sum, real(p.get(i)) - real(q.get(i)));
            return new PyFloat(sum);
        });
    }

    private static PyObject one(String name, PyObject[] a) {
        Args.count(name, a, 1, 1);
        return a[0];
    }

    /** A function of one real argument: NaN out of a non-NaN argument is a domain error, infinity out of a finite one a range error. */
    private static void real(PyModule m, String name, DoubleUnaryOperator f) {
        m.function(name, (a, kw) -> {
            double x = real(one(name, a));
            return checked(f.applyAsDouble(x), x, x);
        });
    }

    private static PyFloat checked(double r, double x, double y) {
        boolean finiteIn = Double.isFinite(x) && Double.isFinite(y), nanIn = Double.isNaN(x) || Double.isNaN(y);
        if (Double.isNaN(r) && !nanIn) throw domainError();
        if (Double.isInfinite(r) && finiteIn) throw Errors.raise(Errors.OVERFLOW_ERROR, "math range error");
        return new PyFloat(r);
    }

    static double real(PyObject o) {
        if (o instanceof PyFloat || o instanceof PyInt) return NumberParsing.toFloat(o).value();
        throw Errors.typeError("must be real number, not " + o.type().name());
    }

    private static RuntimeException domainError() { return Errors.valueError("math domain error"); }

    private static double log2(double x) {
        int e = Math.getExponent(x);
        double m = x / Math.scalb(1.0, e);
        return m == 1.0 ? e : Math.log(x) / Math.log(2);
    }

    /** Natural log, of big ints too (by their bit length). */
    private static double log(PyObject o) {
        if (o instanceof PyInt i && !i.isSmall()) {
            if (i.signum() <= 0) throw domainError();
            int shift = i.bigValue().bitLength() - 60;
            return Math.log(i.bigValue().shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = real(o);
        if (x <= 0) throw domainError();
        return Math.log(x);
    }

    private static PyObject rounding(String name, PyObject[] a, DoubleUnaryOperator f) {
        Args.count(name, a, 1, 1);
        if (a[0] instanceof PyInt i) return PyInt.of(i.bigValue());
        return NumberParsing.floatToInt(f.applyAsDouble(real(a[0])));
    }

    private static long nonNegative(String what, PyObject o) {
        long v = Args.toLong(o);
        if (v < 0) throw Errors.valueError(what + " must be a non-negative integer");
        return v;
    }

    private static long[] nonNegative(PyObject[] a) {
        return new long[] {nonNegative("n", a[0]), nonNegative("k", a[1])};
    }

    /** n * (n-1) * ... * (n-k+1). */
    private static BigInteger falling(long n, long k) {
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < k; i++) r = r.multiply(BigInteger.valueOf(n - i));
        return r;
    }
}
