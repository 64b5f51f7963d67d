package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyStr;
import org.cellscope.scope.NameScope;
import org.cellscope.scope.Scope;
import org.cellscope.scope.ScopeKind;

/**
 * Resolves a name to how its code reads, writes and deletes it: a fast slot, a cell, the
 * module or class namespace, or the globals and builtins. Done once at compile time.
 */
final class NameAccess {
    interface Store {
        void store(PyFrame f, PyObject value);
    }

    interface Delete {
        void delete(PyFrame f);
    }

    private final Scope scope;
    private final PyCode code;

    /** A name as this code spells it in a class body or method: {@code __x} becomes {@code _C__x}. */
    String mangled(String name) { return scope.mangle(name); }

    /** An attribute name as the class body or method sees it: {@code __x} becomes {@code _C__x}. */
    String attribute(String name) {
        String mangled = scope.mangle(name);
        code.useName(mangled);
        return mangled;
    }

    /** Names reached through a namespace (not a slot or a cell) are co_names. */
    private boolean byName(NameScope ns) {
        return ns == NameScope.GLOBAL_EXPLICIT || ns == NameScope.GLOBAL_IMPLICIT || ns == NameScope.LOCAL && namespaceBody();
    }

    NameAccess(Scope scope, PyCode code) {
        this.scope = scope;
        this.code = code;
    }

    /** A module or class body: names live in a namespace dict, and variable annotations are evaluated. */
    boolean namespaceBody() { return scope.kind() == ScopeKind.MODULE || scope.kind() == ScopeKind.CLASS; }

    private int fastSlot(String name) {
        for (int i = 0; i < code.varnames.length; i++) if (code.varnames[i].equals(name)) return i;
        throw new IllegalStateException("no slot for " + name + " in " + code.qualname());
    }

    /** The slot in the frame's cells of a cell or free variable (co_cellvars, then co_freevars). */
    int cellSlot(String name) {
        for (int i = 0; i < code.cellvars.length; i++) if (code.cellvars[i].equals(name)) return i;
        for (int i = 0; i < code.freevars.length; i++) if (code.freevars[i].equals(name)) return code.cellvars.length + i;
        throw new IllegalStateException("no cell for " + name + " in " + code.qualname());
    }

    /** Loading a name. A failed load underlines the name in the traceback and may suggest another. */
    Eval load(org.cellscope.ast.Expr.Name node) {
        String name = scope.mangle(node.id());
        NameScope ns = scope.scopeOf(name);
        if (byName(ns)) code.useName(name);
        switch (ns) {
            case LOCAL:
                if (namespaceBody()) return f -> loadName(f, node, name);
                int slot = fastSlot(name);
                return f -> {
                    PyObject v = f.fast[slot];
                    if (v == null) throw located(f, node, unboundLocal(name));
                    return v;
                };
            case CELL:
            case FREE: {
                int c = cellSlot(name);
                boolean free = ns == NameScope.FREE;
                if (scope.kind() == ScopeKind.CLASS && free) {
                    return f -> {
                        PyObject v = f.names.get(name);
                        return v != null ? v : deref(f, node, c, name, true);
                    };
                }
                return f -> deref(f, node, c, name, free);
            }
            case GLOBAL_EXPLICIT:
                return f -> loadGlobal(f, node, name);
            default:
                if (scope.kind() == ScopeKind.CLASS) return f -> loadName(f, node, name);
                return f -> loadGlobal(f, node, name);
        }
    }

    /** The name becomes what the traceback underlines; a NameError gets CPython's suggestion. */
    private static PyRaise located(PyFrame f, org.cellscope.ast.Expr.Name node, PyRaise raise) {
        f.at = node;
        // CPython sets no name on UnboundLocalError, so it gets no suggestion
        if (raise.exception().type() == Errors.NAME_ERROR) raise.exception().setSuggestion(Suggestions.forName(node.id(), f));
        return raise;
    }

    Store store(String source) {
        String name = scope.mangle(source);
        NameScope ns = scope.scopeOf(name);
        if (byName(ns)) code.useName(name);
        switch (ns) {
            case LOCAL:
                if (namespaceBody()) return (f, v) -> f.names.put(name, v);
                int slot = fastSlot(name);
                return (f, v) -> f.fast[slot] = v;
            case CELL:
            case FREE: {
                int c = cellSlot(name);
                return (f, v) -> f.cells[c].set(v);
            }
            default:
                return (f, v) -> f.globals.put(name, v);
        }
    }

    Delete delete(String source) {
        String name = scope.mangle(source);
        NameScope ns = scope.scopeOf(name);
        if (byName(ns)) code.useName(name);
        switch (ns) {
            case LOCAL:
                if (namespaceBody()) return f -> {
                    if (f.names.remove(name) == null) throw Errors.nameError(name);
                };
                int slot = fastSlot(name);
                return f -> {
                    if (f.fast[slot] == null) throw unboundLocal(name);
                    f.fast[slot] = null;
                };
            case CELL:
            case FREE: {
                int c = cellSlot(name);
                boolean free = ns == NameScope.FREE;
                return f -> {
                    deref(f, null, c, name, free);
                    f.cells[c].set(null);
                };
            }
            default:
                return f -> {
                    if (f.globals.remove(name) == null) throw Errors.nameError(name);
                };
        }
    }

    private static PyObject deref(PyFrame f, org.cellscope.ast.Expr.Name node, int c, String name, boolean free) {
        PyObject v = f.cells[c].get();
        if (v != null) return v;
        PyRaise empty = free ? Errors.raise(Errors.NAME_ERROR, "cannot access free variable '" + name
            + "' where it is not associated with a value in enclosing scope") : unboundLocal(name);
        throw node == null ? empty : located(f, node, empty);
    }

    static PyRaise unboundLocal(String name) {
        PyRaise r = Errors.raise(Errors.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
            + "' where it is not associated with a value");
        r.exception().dict().put("name", new PyStr(name));
        return r;
    }

    private static PyObject loadName(PyFrame f, org.cellscope.ast.Expr.Name node, String name) {
        PyObject v = f.names.get(name);
        return v != null ? v : loadGlobal(f, node, name);
    }

    private static PyObject loadGlobal(PyFrame f, org.cellscope.ast.Expr.Name node, String name) {
        PyObject v = f.globals.get(name);
        if (v != null) return v;
        Map<String, PyObject> builtins = f.runner.builtins;
        v = builtins.get(name);
        if (v != null) return v;
        throw located(f, node, Errors.nameError(name));
    }
}
