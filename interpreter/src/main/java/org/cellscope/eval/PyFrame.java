package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyObject;

/**
 * An activation of a code object. Plain locals live in {@code fast} slots (co_varnames order);
 * cell and free variables in {@code cells} (co_cellvars then co_freevars). Module and class
 * bodies keep their names in the {@code names} namespace instead.
 */
public final class PyFrame {
    private static final PyObject[] NO_LOCALS = new PyObject[0];
    private static final PyCell[] NO_CELLS = new PyCell[0];

    final long id;
    final PyCode code;
    final PyObject[] fast;
    final PyCell[] cells;
    final Map<String, PyObject> globals;
    /** The module or class namespace (LOAD_NAME/STORE_NAME); null for function frames. */
    final Map<String, PyObject> names;
    /** The caller; a generator's changes at each resumption. */
    PyFrame back;
    /** Set when this frame belongs to a generator. */
    GeneratorThread generator;
    final Runner runner;
    int line;
    /** The node being evaluated when an error happens: tracebacks underline it. */
    org.cellscope.ast.Node at;
    /** The exception being handled in an except block, for bare {@code raise} and context chaining. */
    org.cellscope.runtime.PyBaseException handling;
    PyObject returnValue;
    private Object recorded;

    PyFrame(PyCode code, Map<String, PyObject> globals, Map<String, PyObject> names, PyFrame back, Runner runner) {
        this.code = code;
        this.fast = code.varnames.length == 0 ? NO_LOCALS : new PyObject[code.varnames.length];
        int ncells = code.cellvars.length + code.freevars.length;
        this.cells = ncells == 0 ? NO_CELLS : new PyCell[ncells];
        this.globals = globals;
        this.names = names;
        this.back = back;
        this.runner = runner;
        this.id = runner.nextFrameId++;
    }

    public long id() { return id; }

    public PyCode code() { return code; }

    public PyFrame back() { return back; }

    public int line() { return line; }

    /** The cells of co_cellvars then co_freevars. Read only. */
    public PyCell[] cells() { return cells; }

    /** What a trace recorder keeps for this frame (opaque to the interpreter). */
    public Object recorded() { return recorded; }

    public void setRecorded(Object record) { this.recorded = record; }

    /** The plain local slots themselves (co_varnames order; null: unbound). Read only. */
    public PyObject[] fastLocals() { return fast; }

    /** Module/class namespace, or null for a function frame. */
    public Map<String, PyObject> names() { return names; }

    /** Reports a line event when execution reaches a new line. */
    void traceLine(int newLine) {
        if (newLine != line) {
            line = newLine;
            if (runner.listener != null) runner.listener.onLine(this);
        }
    }

    /** Reports a line event even on the same line: a jump back to a loop head. */
    void traceLineAgain(int newLine) {
        line = newLine;
        if (runner.listener != null) runner.listener.onLine(this);
    }
}
