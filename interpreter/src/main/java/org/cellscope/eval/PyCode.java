package org.cellscope.eval;

import java.util.List;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;
import org.cellscope.scope.Scope;

/**
 * A compiled code object: CPython's {@code co_*} facts from the scope pass plus the executable
 * body. One per def, lambda, class body, comprehension and module.
 */
public final class PyCode extends PyObject {
    final Scope scope;
    final String filename;
    /** {@code co_firstlineno}: the first decorator's line for a decorated def. */
    final int firstLine;
    final int argcount;
    final int posonlyargcount;
    final int kwonlyargcount;
    final boolean varargs;
    final boolean varkeywords;
    /** Only positional-or-keyword parameters: a call with exactly argcount positional arguments just copies them. */
    final boolean hasPlainParameters;
    final String[] varnames;
    final String[] cellvars;
    final String[] freevars;
    /** For each cellvar that is also a parameter: its slot in varnames, else -1. */
    final int[] cellParamSlots;
    Exec body;     // set by the compiler once the body is compiled
    Runner runner; // the run this code belongs to
    PyObject doc;  // the docstring, or null
    /** co_names: globals, namespace names and attributes the code uses, in order of first use. */
    private final java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();

    PyCode(Scope scope, String filename, int firstLine, int argcount, int posonlyargcount, int kwonlyargcount,
           boolean varargs, boolean varkeywords) {
        this.scope = scope;
        this.filename = filename;
        this.firstLine = firstLine;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.varargs = varargs;
        this.varkeywords = varkeywords;
        this.hasPlainParameters = kwonlyargcount == 0 && !varargs && !varkeywords;
        this.varnames = scope.varnames().toArray(String[]::new);
        this.cellvars = scope.cellvars().toArray(String[]::new);
        this.freevars = scope.freevars().toArray(String[]::new);
        this.cellParamSlots = new int[cellvars.length];
        List<String> vn = scope.varnames();
        for (int i = 0; i < cellvars.length; i++) cellParamSlots[i] = vn.indexOf(cellvars[i]);
    }

    @Override
    public PyType type() { return Types.CODE; }

    public String name() { return scope.name(); }

    public String qualname() { return scope.qualname(); }

    public Scope scope() { return scope; }

    public int firstLine() { return firstLine; }

    public String filename() { return filename; }

    public List<String> varnames() { return List.of(varnames); }

    public List<String> cellvars() { return List.of(cellvars); }

    public List<String> freevars() { return List.of(freevars); }

    void useName(String name) { names.add(name); }

    public List<String> names() { return List.copyOf(names); }
}
