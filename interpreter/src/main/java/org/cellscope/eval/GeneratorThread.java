package org.cellscope.eval;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.Mutations;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/**
 * The thread a generator's frame runs on, so that a tree-walking interpreter can suspend it in
 * the middle of a statement. Control passes strictly back and forth, so only one thread runs.
 * It holds no reference to the generator object: when the program drops the object, a cleaner
 * ends the parked thread (as CPython frees a dropped generator).
 */
final class GeneratorThread {
    private static final long STACK_BYTES = 64L << 20;

    /** What crosses between the consumer and the generator thread. */
    sealed interface Signal {}

    record Resume(PyObject value, PyBaseException thrown) implements Signal {}

    record Yielded(PyObject value) implements Signal {}

    record Finished(PyObject value) implements Signal {}

    record Failed(RuntimeException error) implements Signal {}

    /** Unwinds an abandoned generator's thread without running Python code. */
    private static final class Abandon extends RuntimeException {
        Abandon() { super(null, null, false, false); }
    }

    private final PyFrame frame;
    private final SynchronousQueue<Signal> toGenerator = new SynchronousQueue<>();
    private final SynchronousQueue<Signal> toConsumer = new SynchronousQueue<>();
    private PyBaseException pendingThrow; // thrown in before the first resumption

    GeneratorThread(PyFrame frame) {
        this.frame = frame;
        frame.generator = this;
    }

    /**
     * Generator frames run on pooled threads: starting a thread costs far more than a short
     * generator expression's whole run. Idle threads end after a minute.
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(null, task, "cellscope-generator", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    /** Starts the frame (with an exception to raise at once, or null) and waits for its first signal. */
    Signal start(PyBaseException thrown) {
        pendingThrow = thrown;
        Mutations.Listener recording = Mutations.current();
        THREADS.execute(() -> {
            // a pooled thread inherited nothing from this run: it takes the run's place on
            Runner.adopt(frame.runner);
            Mutations.adopt(recording);
            try {
                body();
            } finally {
                Runner.adopt(null);
                Mutations.adopt(null);
            }
        });
        return take(toConsumer);
    }

    /** Resumes the suspended frame and waits for it to yield, return or fail. */
    Signal resume(PyObject value, PyBaseException thrown) {
        put(toGenerator, new Resume(value, thrown));
        return take(toConsumer);
    }

    /** The generator thread: the frame's whole life, from first resumption to return. */
    private void body() {
        Runner runner = frame.runner;
        Signal last;
        try {
            frame.line = frame.code.firstLine;
            if (runner.listener != null) runner.listener.onCall(frame);
            if (pendingThrow != null) throw new PyRaise(pendingThrow);
            int status = frame.code.body.exec(frame);
            PyObject result = status == Exec.RETURN ? frame.returnValue : PyNone.NONE;
            if (runner.listener != null) runner.listener.onReturn(frame, result);
            last = new Finished(result);
        } catch (PyRaise e) {
            PyRaise out = e;
            if (e.exception().type().isSubtypeOf(Errors.STOP_ITERATION)) {
                PyBaseException re = new PyBaseException(Errors.RUNTIME_ERROR, PyTuple.of(PyStr.of("generator raised StopIteration")));
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
        if (r.thrown != null) throw new PyRaise(r.thrown);
        return r.value;
    }

    /** Ends the thread of a suspended frame nobody can resume any more. */
    void abandon() {
        frame.runner.liveGenerators.remove(this);
        toGenerator.offer(new Failed(new Abandon()));
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
