package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyCallable;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyMethod;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyType;

/** Calling anything callable; running a function's code in a new frame and reporting its events. */
public final class Calls {
    private Calls() {}

    public static PyObject call(PyObject callable, PyObject[] args, Map<String, PyObject> kwargs) {
        if (callable instanceof PyFunction fn) return invoke(fn, args, kwargs);
        if (callable instanceof PyCallable c) return c.call(args, kwargs);
        if (callable instanceof PyMethod m) return call(m.function(), prepend(m.self(), args), kwargs);
        if (callable instanceof PyType t) return Classes.instantiate(t, args, kwargs);
        PyObject dunder = callable.type().isUserDefined() ? callable.type().lookup("__call__") : null;
        if (dunder != null) return call(dunder, prepend(callable, args), kwargs);
        throw Errors.typeError("'" + callable.type().name() + "' object is not callable");
    }

    static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static PyObject invoke(PyFunction fn, PyObject[] args, Map<String, PyObject> kwargs) {
        PyCode code = fn.code;
        PyFrame frame = new PyFrame(code, fn.globals, null, code.runner.top, code.runner);
        ArgBinder.bind(fn, args, kwargs, frame.fast);
        initCells(frame, fn.closure);
        if (code.scope.isGenerator()) return new PyGenerator(frame);
        return execute(frame);
    }

    /** Cell variables get fresh cells (holding the argument when the cell is a parameter); free variables share the closure's. */
    static void initCells(PyFrame frame, PyCell[] closure) {
        PyCode code = frame.code;
        int ncell = code.cellvars.length;
        for (int i = 0; i < ncell; i++) {
            int slot = code.cellParamSlots[i];
            frame.cells[i] = new PyCell(slot >= 0 ? frame.fast[slot] : null, code.cellvars[i], frame.id);
            if (slot >= 0) frame.fast[slot] = null;
        }
        if (closure != null) System.arraycopy(closure, 0, frame.cells, ncell, closure.length);
    }

    /** Runs a frame's code to completion, reporting call, return and exception events. */
    static PyObject execute(PyFrame frame) {
        Runner runner = frame.runner;
        if (runner.depth >= Runner.RECURSION_LIMIT) {
            throw Errors.raise(Errors.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        runner.depth++;
        PyFrame saved = runner.top;
        runner.top = frame;
        frame.line = frame.code.firstLine;
        TraceListener listener = runner.listener;
        try {
            if (listener != null) listener.onCall(frame);
            int status = frame.code.body.exec(frame);
            PyObject result = status == Exec.RETURN ? frame.returnValue : PyNone.NONE;
            if (listener != null) listener.onReturn(frame, result);
            return result;
        } catch (PyRaise | OutOfMemoryError thrown) {
            PyRaise e = asPython(thrown);
            reportException(frame, e);
            if (listener != null) listener.onReturn(frame, PyNone.NONE);
            throw e;
        } catch (StackOverflowError e) {
            throw Errors.raise(Errors.RECURSION_ERROR, "maximum recursion depth exceeded");
        } finally {
            runner.top = saved;
            runner.depth--;
        }
    }

    /**
     * A Python exception, or MemoryError for the JVM running out of memory: what failed to
     * allocate is garbage by now, so there is room to raise it, and a try statement can catch it.
     */
    static PyRaise asPython(Throwable thrown) {
        return thrown instanceof PyRaise e ? e : Errors.raise(Errors.MEMORY_ERROR, null);
    }

    /**
     * The first time an exception is seen in a frame: add the frame to its traceback and report
     * the {@code exception} event, as CPython does when an exception is raised in or passes into a frame.
     */
    static void reportException(PyFrame frame, PyRaise e) {
        if (e.reportedIn == frame) return;
        e.reportedIn = frame;
        PyBaseException exc = e.exception();
        exc.traceback().add(0, new PyBaseException.TracebackEntry(frame.code.filename, frame.code.name(), frame.line,
            frame.at));
        if (frame.runner.listener != null) frame.runner.listener.onException(frame, exc);
    }
}
