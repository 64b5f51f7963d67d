package org.cellscope.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class: builtin ({@code int}, {@code list}, {@code ValueError}) or defined by the program.
 * Attribute lookup walks {@link #mro()}, computed with C3 linearization as CPython does.
 */
public final class PyType extends PyObject {
    /** Creates instances when the type is called: {@code int("3")}, {@code list(xs)}. */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType type, PyObject[] args, Map<String, PyObject> kwargs);
    }

    public static PyType TYPE; // set by Builtins before any other type is used

    private final String name;
    private String qualname;
    private final String module;
    private final List<PyType> bases;
    private final List<PyType> mro;
    private final Map<String, PyObject> dict = new TrackedMap<>(this);
    /** Builtin method tables still to put into dict (guarded by LazyMethods' lock); null when none. */
    private List<LazyMethods> pendingMethods;
    private volatile boolean methodsPending;
    private Constructor constructor;

    public PyType(String name, String qualname, String module, List<PyType> bases) {
        this.name = name;
        this.qualname = qualname;
        this.module = module;
        this.bases = List.copyOf(bases);
        this.mro = Mro.linearize(this);
    }

    @Override
    public PyType type() { return TYPE; }

    public String name() { return name; }

    public String qualname() { return qualname; }

    public String module() { return module; }

    /** How reprs name the class: {@code int}, {@code __main__.Point}, {@code types.GenericAlias}. */
    public String qualifiedName() { return isUserDefined() ? module + "." + qualname : name; }

    public List<PyType> bases() { return bases; }

    public List<PyType> mro() { return mro; }

    public Map<String, PyObject> dict() {
        if (methodsPending) LazyMethods.installFor(this);
        return dict;
    }

    void addPendingMethods(LazyMethods table) {
        if (pendingMethods == null) pendingMethods = new ArrayList<>();
        pendingMethods.add(table);
        methodsPending = true;
    }

    /** The tables to install now; null once taken (they may still be installing). */
    List<LazyMethods> takePendingMethods() {
        List<LazyMethods> tables = pendingMethods;
        pendingMethods = null;
        return tables;
    }

    void methodsInstalled() { methodsPending = false; }

    public Constructor constructor() {
        for (PyType t : mro) if (t.constructor != null) return t.constructor;
        return null;
    }

    public void setConstructor(Constructor c) { this.constructor = c; }

    /** The attribute found first along the MRO, or null. */
    public PyObject lookup(String attr) {
        for (PyType t : mro) {
            PyObject v = t.dict().get(attr);
            if (v != null) return v;
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** True for classes the program defined (their instances carry an attribute dict). */
    public boolean isUserDefined() { return !"builtins".equals(module); }

    /** The builtin type instances of this class are made of (e.g. ValueError for class MyError(ValueError)). */
    public PyType builtinBase() {
        for (PyType t : mro) if (!t.isUserDefined()) return t;
        return null;
    }

    static final class Mro {
        /** CPython's words, naming the distinct heads of the lists still to merge. */
        private static PyRaise conflict(List<List<PyType>> seqs) {
            java.util.LinkedHashSet<PyType> heads = new java.util.LinkedHashSet<>();
            for (List<PyType> s : seqs) heads.add(s.get(0));
            return Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                + String.join(", ", heads.stream().map(PyType::name).toList()));
        }

        static List<PyType> linearize(PyType t) {
            List<List<PyType>> seqs = new ArrayList<>();
            for (PyType b : t.bases) seqs.add(new ArrayList<>(b.mro));
            seqs.add(new ArrayList<>(t.bases));
            List<PyType> out = new ArrayList<>();
            out.add(t);
            while (true) {
                seqs.removeIf(List::isEmpty);
                if (seqs.isEmpty()) return List.copyOf(out);
                PyType head = null;
                for (List<PyType> s : seqs) {
                    PyType cand = s.get(0);
                    boolean inTail = false;
                    for (List<PyType> o : seqs) if (o.indexOf(cand) > 0) { inTail = true; break; }
                    if (!inTail) { head = cand; break; }
                }
                if (head == null) throw conflict(seqs);
                out.add(head);
                for (List<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == head) s.remove(0);
            }
        }
    }
}
