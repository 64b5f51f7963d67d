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

    /** An attribute name as the class body or method sees it: {@code __x} becomes {@code _C__x}. */
    String attribute(String name) { return scope.mangle(name); }

    NameAccess(Scope scope, PyCode code) {
        this.scope = scope;
        this.code = code;
    }

    private boolean namespaceBody() { return scope.kind() == ScopeKind.MODULE || scope.kind() == ScopeKind.CLASS; }

    private int fastSlot(String name) {
        for (int i = 0; i < code.varnames.length; i++) if (code.varnames[i].equals(name)) return i;
        throw new IllegalStateException("no slot for " + name + " in " + code.qualname());
    }

    private int cellSlot(String name) {
        for (int i = 0; i < code.cellvars.length; i++) if (code.cellvars[i].equals(name)) return i;
        for (int i = 0; i < code.freevars.length; i++) if (code.freevars[i].equals(name)) return code.cellvars.length + i;
        throw new IllegalStateException("no cell for " + name + " in " + code.qualname());
    }

    /** Loading a name; a failed load makes the name the node tracebacks underline. */
    Eval load(org.cellscope.ast.Expr.Name node) {
        Eval plain = load(node.id());
        return f -> {
            try {
                return plain.eval(f);
            } catch (org.cellscope.runtime.PyRaise e) {
                f.at = node;
                // CPython sets no name on UnboundLocalError, so it gets no suggestion
                if (e.exception().type() == Errors.NAME_ERROR) {
                    e.exception().setSuggestion(Suggestions.forName(node.id(), f));
                }
                throw e;
            }
        };
    }

    Eval load(String source) {
        String name = scope.mangle(source);
        NameScope ns = scope.scopeOf(name);
        switch (ns) {
            case LOCAL:
                if (namespaceBody()) return f -> loadName(f, name);
                int slot = fastSlot(name);
                return f -> {
                    PyObject v = f.fast[slot];
                    if (v == null) throw unboundLocal(name);
                    return v;
                };
            case CELL:
            case FREE: {
                int c = cellSlot(name);
                boolean free = ns == NameScope.FREE;
                if (scope.kind() == ScopeKind.CLASS && free) {
                    return f -> {
                        PyObject v = f.names.get(name);
                        return v != null ? v : deref(f, c, name, true);
                    };
                }
                return f -> deref(f, c, name, free);
            }
            case GLOBAL_EXPLICIT:
                return f -> loadGlobal(f, name);
            default:
                if (scope.kind() == ScopeKind.CLASS) return f -> loadName(f, name);
                return f -> loadGlobal(f, name);
        }
    }

    Store store(String source) {
        String name = scope.mangle(source);
        NameScope ns = scope.scopeOf(name);
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
                    deref(f, c, name, free);
                    f.cells[c].set(null);
                };
            }
            default:
                return f -> {
                    if (f.globals.remove(name) == null) throw Errors.nameError(name);
                };
        }
    }

    private static PyObject deref(PyFrame f, int c, String name, boolean free) {
        PyCell cell = f.cells[c];
        PyObject v = cell.get();
        if (v != null) return v;
        if (free) {
            throw Errors.raise(Errors.NAME_ERROR, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
        }
        throw unboundLocal(name);
    }

    static PyRaise unboundLocal(String name) {
        PyRaise r = Errors.raise(Errors.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
            + "' where it is not associated with a value");
        r.exception().dict().put("name", new PyStr(name));
        return r;
    }

    private static PyObject loadName(PyFrame f, String name) {
        PyObject v = f.names.get(name);
        return v != null ? v : loadGlobal(f, name);
    }

    static PyObject loadGlobal(PyFrame f, String name) {
        PyObject v = f.globals.get(name);
        if (v != null) return v;
        Map<String, PyObject> builtins = f.runner.builtins;
        v = builtins.get(name);
        if (v != null) return v;
        throw Errors.nameError(name);
    }
}
