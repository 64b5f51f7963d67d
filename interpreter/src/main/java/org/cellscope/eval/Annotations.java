package org.cellscope.eval;

import java.util.List;
import org.cellscope.ast.Stmt;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;

/**
 * Variable annotations ({@code x: int = 0}). Only a module or class body evaluates them, and a
 * plain name's annotation goes into the body's {@code __annotations__}; in a function they
 * compile to nothing, as in CPython.
 */
final class Annotations {
    private Annotations() {}

    /** CPython's find_ann: a class body gets an {@code __annotations__} dict when one of its statements annotates. */
    static boolean present(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = s instanceof Stmt.AnnAssign
                || s instanceof Stmt.If i && (present(i.body()) || present(i.orelse()))
                || s instanceof Stmt.While w && (present(w.body()) || present(w.orelse()))
                || s instanceof Stmt.For f && (present(f.body()) || present(f.orelse()))
                || s instanceof Stmt.With w && present(w.body())
                || s instanceof Stmt.Try t && (present(t.body()) || present(t.orelse()) || present(t.finalbody())
                    || t.handlers().stream().anyMatch(h -> present(h.body())));
            if (found) return true;
        }
        return false;
    }

    /** {@code __annotations__[name] = value} in the namespace the body runs in (LOAD_NAME: namespace, then globals). */
    static void store(PyFrame f, String name, PyObject value) {
        PyObject annotations = f.names.get("__annotations__");
        if (annotations == null) annotations = f.globals.get("__annotations__");
        if (annotations == null) throw Errors.nameError("__annotations__");
        Items.setItem(annotations, PyStr.of(name), value);
    }

    /** A function's {@code __annotations__}, made empty on first read as CPython does. */
    static PyDict of(PyFunction fn) {
        if (fn.annotations == null) fn.annotations = new PyDict();
        return fn.annotations;
    }
}
