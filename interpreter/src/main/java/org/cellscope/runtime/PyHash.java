package org.cellscope.runtime;

import java.math.BigInteger;

/**
 * CPython 3.11's hash() of builtin values: ints modulo 2**61-1, floats compatible with ints,
 * str by SipHash-1-3 keyed with zeros (PYTHONHASHSEED=0), tuples by the xxHash-style mix and
 * frozensets by CPython's shuffle. Set iteration order depends on these, so they must be exact.
 */
public final class PyHash {
    private PyHash() {}

    static final long MODULUS = (1L << 61) - 1;
    private static final int BITS = 61;
    private static final long INF = 314159;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /**
     * hash(None) in 3.11 comes from None's address, which is static data in the python3 binary:
     * ASLR moves it by whole pages, so the low 12 bits (all that small sets look at) never change.
     */
    private static final long NONE_HASH = 0x7f213925bbeL;

    /** The hash of a hashable builtin value; other objects hash by identity, as object.__hash__ does. */
    public static long of(PyObject o) {
        if (o instanceof PyInt i) return ofInt(i);
        if (o == PyNone.NONE) return NONE_HASH;
        if (o instanceof PyStr s) return s.pythonHash();
        if (o instanceof PyFloat f) return ofDouble(f.value(), o);
        if (o instanceof PyTuple t) return ofTuple(t);
        if (o instanceof PySet s) return s.items().frozenHash();
        if (o instanceof PyRange r) return ofRange(r);
        if (o instanceof PyInstance inst && inst.type().isUserDefined()) return PyInstance.userHash(inst);
        return ofIdentity(o);
    }

    /** range_hash: equal ranges hash alike, by (len, start, step) with the parts that do not matter as None. */
    private static long ofRange(PyRange r) {
        long n = r.length();
        PyObject start = n == 0 ? PyNone.NONE : PyInt.of(r.start), step = n <= 1 ? PyNone.NONE : PyInt.of(r.step);
        return ofTuple(PyTuple.of(PyInt.of(n), start, step));
    }

    /** object.__hash__: an instance of a user class hashes by its id(); others by a Java identity (id() would mark them seen). */
    public static long ofIdentity(PyObject o) {
        return ofPointer(o instanceof PyInstance inst && inst.type().isUserDefined() ? o.id() : System.identityHashCode(o));
    }

    static long ofInt(PyInt i) {
        long h;
        if (i.isSmall()) {
            long v = i.longValue();
            h = v == Long.MIN_VALUE ? -(Long.remainderUnsigned(v, MODULUS)) : (v < 0 ? -(-v % MODULUS) : v % MODULUS);
        } else {
            BigInteger b = i.bigValue();
            long r = b.abs().mod(BIG_MODULUS).longValue();
            h = b.signum() < 0 ? -r : r;
        }
        return h == -1 ? -2 : h;
    }

    static long ofDouble(double v, PyObject self) {
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        if (Double.isNaN(v)) return ofPointer(System.identityHashCode(self));
        int e = Math.getExponent(v) + 1; // frexp: v = m * 2**e with 0.5 <= |m| < 1
        double m = v == 0 ? 0 : v / Math.scalb(1.0, e);
        if (Math.abs(m) >= 1.0 || (m != 0 && Math.abs(m) < 0.5)) { // subnormals
            e = Math.getExponent(v * 0x1p54) + 1 - 54;
            m = v / Math.scalb(1.0, e);
        }
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) x -= MODULUS;
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    static long ofTuple(PyTuple t) {
        long acc = XXPRIME_5;
        for (PyObject item : t.items()) {
            acc += of(item) * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += t.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** object.__hash__: the address rotated right by 4 bits. */
    public static long ofPointer(long address) {
        long h = Long.rotateRight(address, 4);
        return h == -1 ? -2 : h;
    }

    /** str hashes the bytes of CPython's compact representation: 1, 2 or 4 bytes a character. */
    static long ofStr(String s) {
        if (s.isEmpty()) return 0;
        int[] cps = s.codePoints().toArray();
        int max = 0;
        for (int c : cps) max = Math.max(max, c);
        int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] bytes = new byte[cps.length * width];
        for (int i = 0; i < cps.length; i++) {
            for (int k = 0; k < width; k++) bytes[i * width + k] = (byte) (cps[i] >>> (8 * k));
        }
        long h = SipHash13.hash(bytes);
        return h == -1 ? -2 : h;
    }

    /** CPython's siphash13 with k0 = k1 = 0, the key PYTHONHASHSEED=0 gives. */
    static final class SipHash13 {
        private long v0, v1, v2, v3;

        static long hash(byte[] in) {
            return new SipHash13().run(in);
        }

        private long run(byte[] in) {
            v0 = 0x736f6d6570736575L;
            v1 = 0x646f72616e646f6dL;
            v2 = 0x6c7967656e657261L;
            v3 = 0x7465646279746573L;
            long b = ((long) in.length) << 56;
            int n = in.length, off = 0;
            for (; n - off >= 8; off += 8) {
                long mi = 0;
                for (int k = 7; k >= 0; k--) mi = (mi << 8) | (in[off + k] & 0xff);
                v3 ^= mi;
                round();
                v0 ^= mi;
            }
            long t = 0;
            for (int k = n - off - 1; k >= 0; k--) t = (t << 8) | (in[off + k] & 0xff);
            b |= t;
            v3 ^= b;
            round();
            v0 ^= b;
            v2 ^= 0xff;
            round();
            round();
            round();
            return (v0 ^ v1) ^ (v2 ^ v3);
        }

        private void round() {
            v0 += v1; v2 += v3;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
    }
}
