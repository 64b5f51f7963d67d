package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/**
 * A generator object. Its frame runs on a thread of its own so that a tree-walking interpreter
 * can suspend it in the middle of a statement; control passes strictly back and forth, so only
 * one of the two threads ever runs. Each resumption reports {@code call}, each yield {@code return},
 * as CPython's trace does.
 */
public final class PyGenerator extends PyObject {
    static final PyType TYPE = Types.builtin("generator", Types.OBJECT);
    /** Each unfinished generator holds a parked thread; past this many the program gets a clear error, not a crash. */
    static final int MAX_UNFINISHED = 4000;
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    static {
        TYPE.dict().put("send", method("send", (g, a) -> g.send(a[1])));
        TYPE.dict().put("__next__", method("__next__", (g, a) -> g.send(PyNone.NONE)));
        TYPE.dict().put("__iter__", method("__iter__", (g, a) -> g));
        TYPE.dict().put("throw", method("throw", (g, a) -> g.throwIn(Exceptions.makeThrown(a[1]))));
        TYPE.dict().put("close", method("close", (g, a) -> {
            g.close();
            return PyNone.NONE;
        }));
    }

    private interface Method {
        PyObject call(PyGenerator g, PyObject[] args);
    }

    private static org.cellscope.runtime.PyBuiltin method(String name, Method m) {
        return new org.cellscope.runtime.PyBuiltin(name, TYPE, (args, kw) -> m.call((PyGenerator) args[0], args));
    }

    private final PyFrame frame;
    private final GeneratorThread thread;
    private boolean started;
    private boolean running;
    private boolean finished;

    PyGenerator(PyFrame frame) {
        this.frame = frame;
        this.thread = new GeneratorThread(frame);
    }

    @Override
    public PyType type() { return TYPE; }

    public PyFrame frame() { return frame; }

    private FrameObject frameObject;

    /** gi_frame: the same frame object while the generator can still run, None once it finished. */
    PyObject frameObject() {
        if (finished) return PyNone.NONE;
        if (frameObject == null) frameObject = new FrameObject(frame);
        return frameObject;
    }

    public boolean isRunning() { return running; }

    /** The next value, or null when the generator is exhausted (for loops: no StopIteration event). */
    PyObject next() {
        return resume(PyNone.NONE, null);
    }

    /** gen.send(value): the next value, raising StopIteration(return value) at the end. */
    PyObject send(PyObject value) {
        if (!started && value != PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        PyObject v = resume(value, null);
        if (v == null) throw stopIteration(lastReturn);
        return v;
    }

    PyObject throwIn(PyBaseException e) {
        PyObject v = resume(PyNone.NONE, e);
        if (v == null) throw stopIteration(lastReturn);
        return v;
    }

    /** Dropped while not finished: CPython 3.11 throws GeneratorExit in, even before the first resumption. */
    boolean isUnfinished() { return !finished && !running; }

    void close() {
        if (finished) return;
        try {
            resume(PyNone.NONE, new PyBaseException(Errors.GENERATOR_EXIT, PyTuple.EMPTY));
        } catch (PyRaise r) {
            if (!r.exception().type().isSubtypeOf(Errors.GENERATOR_EXIT) && !r.exception().type().isSubtypeOf(Errors.STOP_ITERATION)) {
                throw r;
            }
            return;
        }
        if (!finished) throw Errors.raise(Errors.RUNTIME_ERROR, "generator ignored GeneratorExit");
    }

    private PyObject lastReturn = PyNone.NONE;

    /** What the generator returned when it finished on its last resumption (None otherwise). */
    PyObject returned() { return lastReturn; }

    static PyRaise stopIteration(PyObject value) {
        PyTuple args = value == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(value);
        return new PyRaise(new PyBaseException(Errors.STOP_ITERATION, args));
    }

    private PyObject resume(PyObject value, PyBaseException thrown) {
        if (finished) {
            lastReturn = PyNone.NONE;
            return null;
        }
        if (running) throw Errors.valueError("generator already executing");
        Runner runner = frame.runner;
        if (runner.depth >= Runner.RECURSION_LIMIT) throw Errors.raise(Errors.RECURSION_ERROR, "maximum recursion depth exceeded");
        PyFrame saved = runner.top;
        frame.back = saved;
        runner.top = frame;
        runner.depth++;
        running = true;
        try {
            GeneratorThread.Signal s;
            if (!started) {
                if (!runner.makeRoomForGenerator()) {
                    throw Errors.raise(Errors.RUNTIME_ERROR, "Cellscope runs at most " + MAX_UNFINISHED
                        + " unfinished generators at once");
                }
                started = true;
                runner.liveGenerators.add(thread);
                GeneratorThread t = thread;
                CLEANER.register(this, t::abandon); // the program dropped the generator: end its thread
                s = thread.start(thrown);
            } else {
                s = thread.resume(value, thrown);
            }
            if (s instanceof GeneratorThread.Yielded y) return y.value();
            finished = true;
            runner.liveGenerators.remove(thread);
            if (s instanceof GeneratorThread.Finished f) {
                lastReturn = f.value();
                return null;
            }
            throw ((GeneratorThread.Failed) s).error();
        } finally {
            running = false;
            runner.top = saved;
            runner.depth--;
        }
    }
}
