package org.cellscope.eval.modules;

import org.cellscope.ast.Operator;
import org.cellscope.eval.Args;
import org.cellscope.eval.Ops;
import org.cellscope.eval.Repr;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyIter;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;

/** itertools.count, repeat and islice: iterators that count, and show their count in their repr. */
final class Counting {
    private Counting() {}

    static void fill(PyModule m) {
        PyType countType = ItertoolsModule.reprType(m, "count", o -> ((Count) o).repr());
        m.function("count", (a, kw) -> {
            Args.onlyKeywords("count", kw, "start", "step");
            Args.count("count", a, 0, 2);
            PyObject start = a.length > 0 ? a[0] : Args.kw(kw, "start");
            PyObject step = a.length > 1 ? a[1] : Args.kw(kw, "step");
            for (PyObject n : new PyObject[] {start, step}) {
                if (n != null && !(n instanceof PyInt || n instanceof PyFloat)) throw Errors.typeError("a number is required");
            }
            return new Count(countType, start == null ? PyInt.of(0) : start, step == null ? PyInt.of(1) : step);
        });
        PyType repeatType = ItertoolsModule.reprType(m, "repeat", o -> ((Repeat) o).repr());
        m.function("repeat", (a, kw) -> {
            // parsed by PyArg_ParseTupleAndKeywords("O|n:repeat"), which words its errors its own way
            Args.onlyKeywords("repeat", kw, "object", "times");
            if (a.length > 2) throw Errors.typeError("repeat() takes at most 2 arguments (" + a.length + " given)");
            PyObject object = a.length > 0 ? a[0] : Args.kw(kw, "object");
            if (object == null) throw Errors.typeError("repeat() missing required argument 'object' (pos 1)");
            PyObject times = a.length > 1 ? a[1] : Args.kw(kw, "times");
            return new Repeat(repeatType, object, times == null ? -1 : Math.max(0, Args.toLong(times)));
        });
        PyType isliceType = m.newType("islice");
        m.function("islice", (a, kw) -> {
            Args.noKeywords("islice", kw);
            Args.count("islice", a, 2, 4);
            PyObject it = Ops.iter(a[0]);
            long start = 0, step = 1, stop;
            if (a.length == 2) {
                stop = index(a[1], "Stop argument for islice()");
            } else {
                start = a[1] == PyNone.NONE ? 0 : index(a[1], "Indices for islice()");
                stop = index(a[2], "Indices for islice()");
                if (a.length == 4 && a[3] != PyNone.NONE) {
                    step = Args.toLong(a[3]);
                    if (step <= 0) throw Errors.valueError("Step for islice() must be a positive integer or None.");
                }
            }
            return PyIter.of(new Islice(it, start, stop, step)::next, isliceType);
        });
    }

    /** A non-negative index, or -1 for None (no limit). */
    private static long index(PyObject o, String what) {
        if (o == PyNone.NONE) return -1;
        long v = o instanceof PyInt i && i.isSmall() ? i.longValue() : -1;
        if (!(o instanceof PyInt) || v < 0) {
            throw Errors.valueError(what + " must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        return v;
    }

    /** islice_next: skips to the next wanted index, never pulling past the stop. */
    private static final class Islice {
        private final PyObject it;
        private final long stop;
        private final long step;
        private long next;
        private long count;

        Islice(PyObject it, long start, long stop, long step) {
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        PyObject next() {
            if (stop >= 0 && next >= stop) return null;
            for (; count < next; count++) if (Ops.next(it) == null) return null;
            PyObject item = Ops.next(it);
            if (item == null) return null;
            count++;
            next += step;
            if (stop >= 0 && next > stop) next = stop;
            return item;
        }
    }

    private static final class Count extends PyIter {
        private PyObject current;
        private final PyObject step;

        Count(PyType type, PyObject start, PyObject step) {
            super(type);
            this.current = start;
            this.step = step;
        }

        @Override
        public PyObject next() {
            PyObject r = current;
            current = Ops.binary(Operator.ADD, current, step);
            return r;
        }

        String repr() {
            boolean unitStep = step instanceof PyInt i && !(step instanceof org.cellscope.runtime.PyBool) && i.isSmall() && i.longValue() == 1;
            return "count(" + Repr.repr(current) + (unitStep ? "" : ", " + Repr.repr(step)) + ")";
        }
    }

    private static final class Repeat extends PyIter {
        private final PyObject value;
        private long remaining; // -1: forever

        Repeat(PyType type, PyObject value, long times) {
            super(type);
            this.value = value;
            this.remaining = times;
        }

        @Override
        public PyObject next() {
            if (remaining == 0) return null;
            if (remaining > 0) remaining--;
            return value;
        }

        String repr() { return "repeat(" + Repr.repr(value) + (remaining >= 0 ? ", " + remaining : "") + ")"; }
    }
}
