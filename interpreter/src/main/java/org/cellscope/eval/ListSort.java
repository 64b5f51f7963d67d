package org.cellscope.eval;

import java.util.Arrays;
import java.util.Comparator;
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

    /** Longer lists: a stable merge sort on {@code <} (same result, not the same comparisons). */
    private static void stableSort(PyObject[] keys, PyObject[] values) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Comparator<Integer> byKey = (x, y) -> lt(keys[x], keys[y]) ? -1 : lt(keys[y], keys[x]) ? 1 : 0;
        Arrays.sort(order, byKey);
        PyObject[] k = keys.clone(), v = values.clone();
        for (int i = 0; i < order.length; i++) {
            keys[i] = k[order[i]];
            values[i] = v[order[i]];
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
