package org.cellscope.eval.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cellscope.eval.Args;
import org.cellscope.eval.Ops;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyTuple;

/** itertools.product, permutations, combinations and combinations_with_replacement, in CPython's index order. */
final class Combinatorics {
    private Combinatorics() {}

    static void fill(PyModule m) {
        ItertoolsModule.iterator(m, "product", (a, kw) -> {
            Args.onlyKeywords("product", kw, "repeat");
            long repeat = Args.kw(kw, "repeat") == null ? 1 : Args.toLong(Args.kw(kw, "repeat"));
            if (repeat < 0) throw Errors.valueError("repeat argument cannot be negative");
            List<List<PyObject>> pools = new ArrayList<>();
            for (PyObject p : a) pools.add(Ops.toList(p));
            List<List<PyObject>> all = new ArrayList<>();
            for (long i = 0; i < repeat; i++) all.addAll(pools);
            return product(all);
        });
        ItertoolsModule.iterator(m, "permutations", (a, kw) -> {
            Args.onlyKeywords("permutations", kw, "r");
            Args.count("permutations", a, 1, 2);
            List<PyObject> pool = Ops.toList(a[0]);
            PyObject rArg = a.length > 1 ? a[1] : Args.kw(kw, "r");
            int r = rArg == null || rArg == PyNone.NONE ? pool.size() : size(rArg);
            return permutations(pool, r);
        });
        ItertoolsModule.iterator(m, "combinations", (a, kw) -> {
            Args.onlyKeywords("combinations", kw, "r");
            Args.count("combinations", a, 1, 2);
            PyObject rArg = a.length > 1 ? a[1] : Args.kw(kw, "r");
            if (rArg == null) throw Errors.typeError("combinations() missing required argument 'r' (pos 2)");
            return combinations(Ops.toList(a[0]), size(rArg), false);
        });
        ItertoolsModule.iterator(m, "combinations_with_replacement", (a, kw) -> {
            Args.onlyKeywords("combinations_with_replacement", kw, "r");
            Args.count("combinations_with_replacement", a, 1, 2);
            PyObject rArg = a.length > 1 ? a[1] : Args.kw(kw, "r");
            if (rArg == null) throw Errors.typeError("combinations_with_replacement() missing required argument 'r' (pos 2)");
            return combinations(Ops.toList(a[0]), size(rArg), true);
        });
    }

    private static int size(PyObject r) {
        long v = Args.toLong(r);
        if (v < 0) throw Errors.valueError("r must be non-negative");
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static PyTuple pick(List<PyObject> pool, int[] indices, int r) {
        PyObject[] out = new PyObject[r];
        for (int i = 0; i < r; i++) out[i] = pool.get(indices[i]);
        return PyTuple.of(out);
    }

    /** An odometer over the pools, the last one turning fastest. */
    private static Supplier<PyObject> product(List<List<PyObject>> pools) {
        int n = pools.size();
        int[] idx = new int[n];
        boolean[] state = {pools.stream().anyMatch(List::isEmpty), true}; // done, first
        return () -> {
            if (state[0]) return null;
            if (!state[1]) {
                int i = n - 1;
                for (; i >= 0; i--) {
                    if (++idx[i] < pools.get(i).size()) break;
                    idx[i] = 0;
                }
                if (i < 0) {
                    state[0] = true;
                    return null;
                }
            }
            state[1] = false;
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) out[i] = pools.get(i).get(idx[i]);
            return PyTuple.of(out);
        };
    }

    /** CPython's permutations: indices rotated by a countdown of cycles. */
    private static Supplier<PyObject> permutations(List<PyObject> pool, int r) {
        int n = pool.size();
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) indices[i] = i;
        int[] cycles = new int[Math.max(r, 0)];
        for (int i = 0; i < r && i < n; i++) cycles[i] = n - i;
        boolean[] state = {r > n, true}; // done, first
        return () -> {
            if (state[0]) return null;
            if (state[1]) {
                state[1] = false;
                return pick(pool, indices, r);
            }
            for (int i = r - 1; i >= 0; i--) {
                if (--cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = t;
                    return pick(pool, indices, r);
                }
            }
            state[0] = true;
            return null;
        };
    }

    /** CPython's combinations (each index above the previous) and, with replacement, non-decreasing indices. */
    private static Supplier<PyObject> combinations(List<PyObject> pool, int r, boolean replacement) {
        int n = pool.size();
        int[] indices = new int[r];
        if (!replacement) for (int i = 0; i < r; i++) indices[i] = i;
        boolean[] state = {replacement ? n == 0 && r > 0 : r > n, true}; // done, first
        return () -> {
            if (state[0]) return null;
            if (state[1]) {
                state[1] = false;
                return pick(pool, indices, r);
            }
            int i = r - 1;
            while (i >= 0 && indices[i] == (replacement ? n - 1 : i + n - r)) i--;
            if (i < 0) {
                state[0] = true;
                return null;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
            return pick(pool, indices, r);
        };
    }
}
