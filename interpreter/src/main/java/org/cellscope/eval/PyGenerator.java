package org.cellscope.eval;

import java.util.concurrent.SynchronousQueue;
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
    private static final long STACK_BYTES = 256L << 20;

    /** What crosses between the consumer and the generator thread. */
    private sealed interface Signal {}

    private record Resume(PyObject value, PyBaseException thrown) implements Signal {}

    private record Yielded(PyObject value) implements Signal {}

    private record Finished(PyObject value) implements Signal {}

    private record Failed(RuntimeException error) implements Signal {}

    /** Unwinds an abandoned generator's thread without running Python code. */
    private static final class Abandon extends RuntimeException {
        Abandon() { super(null, null, false, false); }
    }

    static {
        TYPE.dict().put("send", method("send", (g, a) -> g.send(a[1])));
        TYPE.dict().put("__next__", method("__next__", (g, a) -> g.send(PyNone.NONE)));
        TYPE.dict().put("__iter__", method("__iter__", (g, a) -> g));
        TYPE.dict().put("throw", method("throw", (g, a) -> g.throwIn(Exceptions.make(a[1]))));
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
    private final SynchronousQueue<Signal> toGenerator = new SynchronousQueue<>();
    private final SynchronousQueue<Signal> toConsumer = new SynchronousQueue<>();
    private boolean started;
    private boolean running;
    private boolean finished;

    PyGenerator(PyFrame frame) {
        this.frame = frame;
        frame.generator = this;
    }

    @Override
    public PyType type() { return TYPE; }

    public PyFrame frame() { return frame; }

    public boolean isRunning() { return running; }

    public boolean isSuspended() { return started && !finished && !running; }

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
        if (!started) {
            finished = true;
            throw new PyRaise(e);
        }
        PyObject v = resume(PyNone.NONE, e);
        if (v == null) throw stopIteration(lastReturn);
        return v;
    }

    void close() {
        if (!started || finished) {
            finished = true;
            return;
        }
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
            if (!started) {
                started = true;
                runner.liveGenerators.add(this);
                Thread t = new Thread(null, this::body, "cellscope-generator", STACK_BYTES);
                t.setDaemon(true);
                t.start();
                if (thrown != null) throw new IllegalStateException("throw into an unstarted generator");
            } else {
                put(toGenerator, new Resume(value, thrown));
            }
            Signal s = take(toConsumer);
            if (s instanceof Yielded y) return y.value;
            finished = true;
            runner.liveGenerators.remove(this);
            if (s instanceof Finished f) {
                lastReturn = f.value;
                return null;
            }
            throw ((Failed) s).error;
        } finally {
            running = false;
            runner.top = saved;
            runner.depth--;
        }
    }

    /** The generator thread: the frame's whole life, from first resumption to return. */
    private void body() {
        Runner runner = frame.runner;
        Signal last;
        try {
            frame.line = frame.code.firstLine;
            if (runner.listener != null) runner.listener.onCall(frame);
            int status = frame.code.body.exec(frame);
            PyObject result = status == Exec.RETURN ? frame.returnValue : PyNone.NONE;
            if (runner.listener != null) runner.listener.onReturn(frame, result);
            last = new Finished(result);
        } catch (PyRaise e) {
            PyRaise out = e;
            if (e.exception().type().isSubtypeOf(Errors.STOP_ITERATION)) {
                PyBaseException re = new PyBaseException(Errors.RUNTIME_ERROR, PyTuple.of(org.cellscope.runtime.PyStr.of("generator raised StopIteration")));
                re.setCause(e.exception());
                out = new PyRaise(re);
            }
            Calls.reportException(frame, e);
            if (runner.listener != null) runner.listener.onReturn(frame, PyNone.NONE);
            last = new Failed(out);
        } catch (Abandon a) {
            return;
        } catch (RuntimeException e) {
            last = new Failed(e); // Halt and friends cross back to the consumer's thread
        } catch (StackOverflowError e) {
            last = new Failed(Errors.raise(Errors.RECURSION_ERROR, "maximum recursion depth exceeded"));
        }
        put(toConsumer, last);
    }

    /** Called by a yield expression on the generator thread: hands the value out and waits to be resumed. */
    PyObject yield(PyObject value) {
        Runner runner = frame.runner;
        if (runner.listener != null) runner.listener.onReturn(frame, value);
        put(toConsumer, new Yielded(value));
        Signal s = take(toGenerator);
        if (s instanceof Failed) throw new Abandon();
        Resume r = (Resume) s;
        if (runner.listener != null) runner.listener.onCall(frame);
        if (r.thrown != null) {
            PyRaise raise = new PyRaise(r.thrown);
            throw raise;
        }
        return r.value;
    }

    /** Ends the thread of a generator left suspended when the program finished. */
    void abandon() {
        if (started && !finished) {
            finished = true;
            toGenerator.offer(new Failed(new Abandon()));
        }
    }

    private static void put(SynchronousQueue<Signal> q, Signal s) {
        try {
            q.put(s);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandon();
        }
    }

    private static Signal take(SynchronousQueue<Signal> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandon();
        }
    }
}
