package org.cellscope.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.cellscope.ast.Alias;
import org.cellscope.ast.Stmt;
import org.cellscope.eval.modules.Modules;
import org.cellscope.eval.modules.PyModule;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/**
 * import statements. Programs run sandboxed: only the modules in {@link Modules} exist; anything
 * that would reach files, processes or the interpreter raises ModuleNotFoundError as for a missing module.
 */
final class Imports {
    private Imports() {}

    /** sys.modules of each run: importing twice gives the same module object. */
    private static final Map<Runner, Map<String, PyModule>> LOADED = new WeakHashMap<>();

    static Exec compile(Stmt s, Compiler.CodeCompiler cc) {
        if (s instanceof Stmt.Import imp) {
            List<Binding> bindings = new ArrayList<>();
            for (Alias a : imp.names()) {
                String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
                String bound = a.asname() != null ? a.asname() : top;
                bindings.add(new Binding(a.name(), null, cc.names.store(bound)));
            }
            return f -> {
                for (Binding b : bindings) b.store.store(f, load(f.runner, b.module));
                return Exec.NORMAL;
            };
        }
        Stmt.ImportFrom from = (Stmt.ImportFrom) s;
        if (from.level() > 0) {
            return f -> {
                throw Errors.raise(Errors.IMPORT_ERROR, "attempted relative import with no known parent package");
            };
        }
        String module = from.module();
        if (from.names().size() == 1 && from.names().get(0).name().equals("*")) {
            return f -> {
                PyModule m = load(f.runner, module);
                Map<String, org.cellscope.runtime.PyObject> ns = f.names != null ? f.names : f.globals;
                for (String name : m.publicNames()) ns.put(name, m.dict().get(name));
                return Exec.NORMAL;
            };
        }
        List<Binding> bindings = new ArrayList<>();
        for (Alias a : from.names()) {
            bindings.add(new Binding(module, a.name(), cc.names.store(a.asname() != null ? a.asname() : a.name())));
        }
        return f -> {
            PyModule m = load(f.runner, module);
            for (Binding b : bindings) {
                org.cellscope.runtime.PyObject v = m.dict().get(b.attr);
                if (v == null) {
                    throw Errors.raise(Errors.IMPORT_ERROR, "cannot import name '" + b.attr + "' from '" + module + "' (unknown location)");
                }
                b.store.store(f, v);
            }
            return Exec.NORMAL;
        };
    }

    /** One name an import statement binds: a module, or an attribute of one. */
    private record Binding(String module, String attr, NameAccess.Store store) {}

    private static PyModule load(Runner runner, String dotted) {
        String name = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        Map<String, PyModule> loaded;
        synchronized (LOADED) {
            loaded = LOADED.computeIfAbsent(runner, r -> new HashMap<>());
        }
        PyModule m = loaded.get(name);
        if (m == null) {
            m = Modules.create(name);
            if (m == null) throw notAvailable(name);
            loaded.put(name, m);
        }
        if (!dotted.equals(name)) throw notAvailable(dotted);
        return m;
    }

    static PyRaise notAvailable(String module) {
        PyBaseException e = new PyBaseException(Errors.MODULE_NOT_FOUND_ERROR, PyTuple.of(PyStr.of("No module named '" + module + "'")));
        e.dict().put("name", PyStr.of(module));
        return new PyRaise(e);
    }
}
