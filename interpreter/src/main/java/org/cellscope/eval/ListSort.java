package org.cellscope.eval;

import org.cellscope.ast.CmpOp;
import org.cellscope.runtime.PyObject;

/**
 * CPython 3.11's list sort (Objects/listsort.txt): natural runs extended by binary insertion,
 * merged by the powersort policy with galloping. Transcribed step for step so that user
 * {@code __lt__} methods are called in the same order and as often as in CPython, and so that
 * inconsistent orders (nan) come out as CPython leaves them. Only {@code <} is used.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;
    private static final int MAX_MERGE_PENDING = 85;

    private final PyObject[] keys;
    private final PyObject[] values;
    private final int listLen;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private final int[] runPower = new int[MAX_MERGE_PENDING];
    private int pending;

    private ListSort(PyObject[] keys, PyObject[] values) {
        this.keys = keys;
        this.values = values;
        this.listLen = keys.length;
    }

    /** Sorts keys, moving values along with them. */
    static void sort(PyObject[] keys, PyObject[] values) {
        if (keys.length >= 2) new ListSort(keys, values).run();
    }

    private static boolean lt(PyObject a, PyObject b) { return Ops.order(CmpOp.LT, a, b); }

    private void run() {
        int lo = 0, remaining = listLen;
        int minrun = minrun(remaining);
        do {
            int n = countRun(lo, lo + remaining);
            if (n < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[pending] = lo;
            runLen[pending] = n;
            pending++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        while (pending > 1) { // merge_force_collapse
            int n = pending - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) n--;
            mergeAt(n);
        }
    }

    private static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run starting at lo; a strictly descending run is reversed in place. */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) return 1;
        int n = 2;
        if (lt(keys[lo + 1], keys[lo])) {
            for (int i = lo + 2; i < hi && lt(keys[i], keys[i - 1]); i++) n++;
            reverse(keys, lo, lo + n);
            reverse(values, lo, lo + n);
        } else {
            for (int i = lo + 2; i < hi && !lt(keys[i], keys[i - 1]); i++) n++;
        }
        return n;
    }

    private void binarySort(int lo, int hi, int start) {
        if (lo == start) start++;
        for (; start < hi; start++) {
            PyObject pivot = keys[start], pivotValue = values[start];
            int l = lo, r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) r = p;
                else l = p + 1;
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            System.arraycopy(values, l, values, l + 1, start - l);
            keys[l] = pivot;
            values[l] = pivotValue;
        }
    }

    /** Powersort: merge the pending runs whose power exceeds the new boundary's. */
    private void foundNewRun(int n2) {
        if (pending == 0) return;
        int s1 = runBase[pending - 1], n1 = runLen[pending - 1];
        int power = powerLoop(s1, n1, n2, listLen);
        while (pending > 1 && runPower[pending - 2] > power) mergeAt(pending - 2);
        runPower[pending - 1] = power;
    }

    private static int powerLoop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1, b = a + n1 + n2;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void mergeAt(int i) {
        int baseA = runBase[i], na = runLen[i], baseB = runBase[i + 1], nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) return;
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLo(baseA, na, baseB, nb);
        else mergeHi(baseA, na, baseB, nb);
    }

    /** Where key goes in the sorted a[base, base+n): left of any equal elements. */
    private static int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0, ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs && lt(a[base + hint + ofs], key)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs && !lt(a[base + hint - ofs], key)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /** Where key goes in the sorted a[base, base+n): right of any equal elements. */
    private static int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0, ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs && lt(key, a[base + hint - ofs])) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs && !lt(key, a[base + hint + ofs])) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    /** Merges a (copied aside) with the following b, from the left; na <= nb. */
    private void mergeLo(int baseA, int na, int baseB, int nb) {
        PyObject[] tk = java.util.Arrays.copyOfRange(keys, baseA, baseA + na);
        PyObject[] tv = java.util.Arrays.copyOfRange(values, baseA, baseA + na);
        int pa = 0, pb = baseB, dest = baseA;
        move(dest++, keys, values, pb++);
        nb--;
        try {
            if (nb == 0) return;
            if (na == 1) {
                copyBThenLastA(dest, pb, nb, tk, tv, pa);
                na = 0;
                return;
            }
            while (true) {
                int acount = 0, bcount = 0;
                while (true) {
                    if (lt(keys[pb], tk[pa])) {
                        move(dest++, keys, values, pb++);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) return;
                        if (bcount >= minGallop) break;
                    } else {
                        move(dest++, tk, tv, pa++);
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            copyBThenLastA(dest, pb, nb, tk, tv, pa);
                            na = 0;
                            return;
                        }
                        if (acount >= minGallop) break;
                    }
                }
                minGallop++;
                do {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    int k = gallopRight(keys[pb], tk, pa, na, 0);
                    acount = k;
                    if (k > 0) {
                        System.arraycopy(tk, pa, keys, dest, k);
                        System.arraycopy(tv, pa, values, dest, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if (na == 1) {
                            copyBThenLastA(dest, pb, nb, tk, tv, pa);
                            na = 0;
                            return;
                        }
                        if (na == 0) return;
                    }
                    move(dest++, keys, values, pb++);
                    if (--nb == 0) return;
                    k = gallopLeft(tk[pa], keys, pb, nb, 0);
                    bcount = k;
                    if (k > 0) {
                        System.arraycopy(keys, pb, keys, dest, k);
                        System.arraycopy(values, pb, values, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) return;
                    }
                    move(dest++, tk, tv, pa++);
                    if (--na == 1) {
                        copyBThenLastA(dest, pb, nb, tk, tv, pa);
                        na = 0;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                minGallop++;
            }
        } finally {
            if (na > 0) { // what is left of a goes after the merged part (also when a comparison raised)
                System.arraycopy(tk, pa, keys, dest, na);
                System.arraycopy(tv, pa, values, dest, na);
            }
        }
    }

    private void copyBThenLastA(int dest, int pb, int nb, PyObject[] tk, PyObject[] tv, int pa) {
        System.arraycopy(keys, pb, keys, dest, nb);
        System.arraycopy(values, pb, values, dest, nb);
        keys[dest + nb] = tk[pa];
        values[dest + nb] = tv[pa];
    }

    /** Merges a with the following b (copied aside), from the right; na > nb. */
    private void mergeHi(int baseA, int na, int baseB, int nb) {
        PyObject[] tk = java.util.Arrays.copyOfRange(keys, baseB, baseB + nb);
        PyObject[] tv = java.util.Arrays.copyOfRange(values, baseB, baseB + nb);
        int dest = baseB + nb - 1, pa = baseA + na - 1, pb = nb - 1;
        move(dest--, keys, values, pa--);
        na--;
        try {
            if (na == 0) return;
            if (nb == 1) {
                copyAThenFirstB(dest, pa, na, tk, tv, pb);
                nb = 0;
                return;
            }
            while (true) {
                int acount = 0, bcount = 0;
                while (true) {
                    if (lt(tk[pb], keys[pa])) {
                        move(dest--, keys, values, pa--);
                        acount++;
                        bcount = 0;
                        if (--na == 0) return;
                        if (acount >= minGallop) break;
                    } else {
                        move(dest--, tk, tv, pb--);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            copyAThenFirstB(dest, pa, na, tk, tv, pb);
                            nb = 0;
                            return;
                        }
                        if (bcount >= minGallop) break;
                    }
                }
                minGallop++;
                do {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    int k = na - gallopRight(tk[pb], keys, baseA, na, na - 1);
                    acount = k;
                    if (k > 0) {
                        dest -= k;
                        pa -= k;
                        System.arraycopy(keys, pa + 1, keys, dest + 1, k);
                        System.arraycopy(values, pa + 1, values, dest + 1, k);
                        na -= k;
                        if (na == 0) return;
                    }
                    move(dest--, tk, tv, pb--);
                    if (--nb == 1) {
                        copyAThenFirstB(dest, pa, na, tk, tv, pb);
                        nb = 0;
                        return;
                    }
                    k = nb - gallopLeft(keys[pa], tk, 0, nb, nb - 1);
                    bcount = k;
                    if (k > 0) {
                        dest -= k;
                        pb -= k;
                        System.arraycopy(tk, pb + 1, keys, dest + 1, k);
                        System.arraycopy(tv, pb + 1, values, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyAThenFirstB(dest, pa, na, tk, tv, pb);
                            nb = 0;
                            return;
                        }
                        if (nb == 0) return;
                    }
                    move(dest--, keys, values, pa--);
                    if (--na == 0) return;
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                minGallop++;
            }
        } finally {
            if (nb > 0) { // what is left of b goes before the merged part (also when a comparison raised)
                System.arraycopy(tk, 0, keys, dest - (nb - 1), nb);
                System.arraycopy(tv, 0, values, dest - (nb - 1), nb);
            }
        }
    }

    private void copyAThenFirstB(int dest, int pa, int na, PyObject[] tk, PyObject[] tv, int pb) {
        System.arraycopy(keys, pa - na + 1, keys, dest - na + 1, na);
        System.arraycopy(values, pa - na + 1, values, dest - na + 1, na);
        keys[dest - na] = tk[pb];
        values[dest - na] = tv[pb];
    }

    private void move(int dest, PyObject[] fromKeys, PyObject[] fromValues, int from) {
        keys[dest] = fromKeys[from];
        values[dest] = fromValues[from];
    }

    static void reverse(PyObject[] a) { reverse(a, 0, a.length); }

    private static void reverse(PyObject[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
