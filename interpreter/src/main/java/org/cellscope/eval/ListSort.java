package org.cellscope.eval;

import org.cellscope.ast.CmpOp;
import org.cellscope.runtime.PyObject;

/**
 * Sorting with only {@code <}, comparing in the order CPython's timsort does for lists shorter
 * than 64 (one run: count_run, then binary insertion), so user {@code __lt__} methods see the
 * same calls and a failing comparison names its operands as CPython does.
 */
final class ListSort {
    private ListSort() {}

    private static final int MIN_MERGE = 64;

    /** Sorts keys, moving values along with them. */
    static void sort(PyObject[] keys, PyObject[] values) {
        int n = keys.length;
        if (n < 2) return;
        if (n >= MIN_MERGE) {
            stableSort(keys, values);
            return;
        }
        int run = countRun(keys, values);
        binaryInsertion(keys, values, run);
    }

    private static boolean lt(PyObject a, PyObject b) { return Ops.order(CmpOp.LT, a, b); }

    /** The length of the ascending run at the start, reversing a strictly descending one in place. */
    private static int countRun(PyObject[] keys, PyObject[] values) {
        int n = keys.length;
        int i = 1;
        if (lt(keys[1], keys[0])) {
            for (i = 2; i < n && lt(keys[i], keys[i - 1]); i++) { }
            reverse(keys, 0, i);
            reverse(values, 0, i);
            return i;
        }
        for (i = 2; i < n && !lt(keys[i], keys[i - 1]); i++) { }
        return i;
    }

    private static void binaryInsertion(PyObject[] keys, PyObject[] values, int start) {
        for (int s = start; s < keys.length; s++) {
            PyObject pivot = keys[s], pivotValue = values[s];
            int l = 0, r = s;
            while (l < r) {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) r = p;
                else l = p + 1;
            }
            System.arraycopy(keys, l, keys, l + 1, s - l);
            System.arraycopy(values, l, values, l + 1, s - l);
            keys[l] = pivot;
            values[l] = pivotValue;
        }
    }

    /**
     * Longer lists: a stable merge sort on {@code <} (same result, not the same comparisons). Written
     * out rather than Arrays.sort, which rejects inconsistent orders such as lists holding nan.
     */
    private static void stableSort(PyObject[] keys, PyObject[] values) {
        int n = keys.length;
        PyObject[] k2 = new PyObject[n], v2 = new PyObject[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) {
                    boolean right = lt(keys[j], keys[i]);
                    k2[k] = right ? keys[j] : keys[i];
                    v2[k++] = right ? values[j++] : values[i++];
                }
                while (i < mid) {
                    k2[k] = keys[i];
                    v2[k++] = values[i++];
                }
                while (j < hi) {
                    k2[k] = keys[j];
                    v2[k++] = values[j++];
                }
            }
            System.arraycopy(k2, 0, keys, 0, n);
            System.arraycopy(v2, 0, values, 0, n);
        }
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
