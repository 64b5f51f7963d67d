package org.cellscope.eval.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cellscope.ast.Operator;
import org.cellscope.eval.Args;
import org.cellscope.eval.Calls;
import org.cellscope.eval.Ops;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyIter;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** itertools: lazy iterators that pull from their sources only as far as they are asked, as CPython's do. */
final class ItertoolsModule {
    private ItertoolsModule() {}

    static void fill(PyModule m) {
        PyType chain = Types.builtin("chain", Types.OBJECT); // a class: chain.from_iterable is its attribute
        chain.setConstructor((t, a, kw) -> {
            Args.noKeywords("chain", kw);
            return chain(t, Ops.iter(new PyTuple(a)));
        });
        chain.dict().put("from_iterable", new PyBuiltin("from_iterable", chain, (a, kw) -> {
            Args.count("from_iterable", a, 1, 1);
            return chain(chain, Ops.iter(a[0]));
        }));
        m.put("chain", chain);
        Counting.fill(m);
        Combinatorics.fill(m);
        iterator(m, "cycle", (a, kw) -> {
            Args.count("cycle", a, 1, 1);
            PyObject it = Ops.iter(a[0]);
            List<PyObject> saved = new ArrayList<>();
            int[] pos = {-1};
            return () -> {
                if (pos[0] < 0) {
                    PyObject x = Ops.next(it);
                    if (x != null) {
                        saved.add(x);
                        return x;
                    }
                    if (saved.isEmpty()) return null;
                    pos[0] = 0;
                }
                PyObject x = saved.get(pos[0]);
                pos[0] = (pos[0] + 1) % saved.size();
                return x;
            };
        });
        iterator(m, "starmap", (a, kw) -> {
            Args.count("starmap", a, 2, 2);
            PyObject it = Ops.iter(a[1]);
            return () -> {
                PyObject args = Ops.next(it);
                return args == null ? null : Calls.call(a[0], Ops.toList(args).toArray(new PyObject[0]), null);
            };
        });
        iterator(m, "takewhile", (a, kw) -> {
            Args.count("takewhile", a, 2, 2);
            PyObject it = Ops.iter(a[1]);
            boolean[] stopped = {false};
            return () -> {
                if (stopped[0]) return null;
                PyObject x = Ops.next(it);
                if (x != null && test(a[0], x)) return x;
                stopped[0] = true;
                return null;
            };
        });
        iterator(m, "dropwhile", (a, kw) -> {
            Args.count("dropwhile", a, 2, 2);
            PyObject it = Ops.iter(a[1]);
            boolean[] dropping = {true};
            return () -> {
                for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
                    if (!dropping[0] || !test(a[0], x)) {
                        dropping[0] = false;
                        return x;
                    }
                }
                return null;
            };
        });
        iterator(m, "filterfalse", (a, kw) -> {
            Args.count("filterfalse", a, 2, 2);
            PyObject it = Ops.iter(a[1]);
            return () -> {
                for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
                    boolean keep = a[0] == PyNone.NONE ? Ops.truthy(x) : test(a[0], x);
                    if (!keep) return x;
                }
                return null;
            };
        });
        iterator(m, "compress", (a, kw) -> {
            Args.count("compress", a, 2, 2);
            PyObject data = Ops.iter(a[0]), selectors = Ops.iter(a[1]);
            return () -> {
                while (true) {
                    PyObject x = Ops.next(data);
                    PyObject s = x == null ? null : Ops.next(selectors);
                    if (s == null) return null;
                    if (Ops.truthy(s)) return x;
                }
            };
        });
        iterator(m, "zip_longest", (a, kw) -> {
            Args.onlyKeywords("zip_longest", kw, "fillvalue");
            PyObject fill = Args.kw(kw, "fillvalue") == null ? PyNone.NONE : Args.kw(kw, "fillvalue");
            List<PyObject> its = new ArrayList<>();
            for (PyObject x : a) its.add(Ops.iter(x));
            boolean[] exhausted = new boolean[a.length];
            int[] active = {a.length};
            return () -> {
                if (active[0] == 0) return null;
                PyObject[] row = new PyObject[its.size()];
                for (int i = 0; i < row.length; i++) {
                    PyObject x = exhausted[i] ? null : Ops.next(its.get(i));
                    if (x == null && !exhausted[i]) {
                        exhausted[i] = true;
                        if (--active[0] == 0) return null;
                    }
                    row[i] = x == null ? fill : x;
                }
                return PyTuple.of(row);
            };
        });
        iterator(m, "accumulate", (a, kw) -> {
            Args.onlyKeywords("accumulate", kw, "func", "initial");
            Args.count("accumulate", a, 1, 2);
            PyObject func = a.length > 1 ? a[1] : Args.kw(kw, "func");
            PyObject initial = Args.kw(kw, "initial");
            PyObject it = Ops.iter(a[0]);
            PyObject[] total = {null};
            boolean[] started = {initial == null || initial == PyNone.NONE};
            return () -> {
                if (!started[0]) {
                    started[0] = true;
                    total[0] = initial;
                    return initial;
                }
                PyObject x = Ops.next(it);
                if (x == null) return null;
                if (total[0] == null) total[0] = x;
                else if (func == null || func == PyNone.NONE) total[0] = Ops.binary(Operator.ADD, total[0], x);
                else total[0] = Calls.call(func, new PyObject[] {total[0], x}, null);
                return total[0];
            };
        });
        iterator(m, "pairwise", (a, kw) -> {
            Args.count("pairwise", a, 1, 1);
            PyObject it = Ops.iter(a[0]);
            PyObject[] last = {null};
            return () -> {
                if (last[0] == null && (last[0] = Ops.next(it)) == null) return null;
                PyObject x = Ops.next(it);
                if (x == null) return null;
                PyTuple pair = PyTuple.of(last[0], x);
                last[0] = x;
                return pair;
            };
        });
        GroupBy.fill(m);
        m.function("tee", (a, kw) -> {
            Args.count("tee", a, 1, 2);
            long n = a.length > 1 ? Args.toLong(a[1]) : 2;
            if (n < 0) throw Errors.valueError("n must be >= 0");
            PyObject it = Ops.iter(a[0]);
            List<PyObject> buffer = new ArrayList<>();
            PyType teeType = m.newType("_tee");
            PyObject[] tees = new PyObject[(int) n];
            for (int i = 0; i < n; i++) {
                int[] pos = {0};
                tees[i] = PyIter.of(() -> {
                    if (pos[0] == buffer.size()) {
                        PyObject x = Ops.next(it);
                        if (x == null) return null;
                        buffer.add(x);
                    }
                    return buffer.get(pos[0]++);
                }, teeType);
            }
            return PyTuple.of(tees);
        });
    }

    private static PyIter chain(PyType type, PyObject sources) {
        PyObject[] current = {null};
        return PyIter.of(() -> {
            while (true) {
                if (current[0] == null) {
                    PyObject next = Ops.next(sources);
                    if (next == null) return null;
                    current[0] = Ops.iter(next);
                }
                PyObject x = Ops.next(current[0]);
                if (x != null) return x;
                current[0] = null;
            }
        }, type);
    }

    static boolean test(PyObject predicate, PyObject x) {
        return Ops.truthy(Calls.call(predicate, new PyObject[] {x}, null));
    }

    /** Makes the items of one iterator from a call's arguments. */
    @FunctionalInterface
    interface IteratorBody {
        Supplier<PyObject> start(PyObject[] args, Map<String, PyObject> kwargs);
    }

    /** Registers a function returning a lazy iterator of a type named after it ({@code <itertools.cycle object>}). */
    static void iterator(PyModule m, String name, IteratorBody body) {
        PyType type = m.newType(name);
        m.function(name, (a, kw) -> PyIter.of(body.start(a, kw), type));
    }

    /** An iterator type with its own repr ({@code count(9)}, {@code repeat('x', 3)}). */
    static PyType reprType(PyModule m, String name, java.util.function.Function<PyObject, String> repr) {
        PyType t = m.newType(name);
        t.dict().put("__repr__", new PyBuiltin("__repr__", t, (a, kw) -> PyStr.of(repr.apply(a[0]))));
        return t;
    }
}
