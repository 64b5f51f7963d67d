package org.cellscope.eval;

import java.util.List;
import java.util.Map;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Module;
import org.cellscope.ast.Stmt;
import org.cellscope.eval.modules.PyModule;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** The names CPython puts in {@code __main__} before the program runs, as dir() and globals() show them. */
final class ModuleGlobals {
    private ModuleGlobals() {}

    static void install(Map<String, PyObject> globals, Module module, String filename, Map<String, PyObject> builtins) {
        globals.put("__name__", PyStr.of("__main__"));
        globals.put("__doc__", docstring(module.body()));
        globals.put("__package__", PyNone.NONE);
        globals.put("__loader__", new PyInstance(new PyType("SourceFileLoader", "SourceFileLoader",
            "_frozen_importlib_external", List.of(Types.OBJECT))));
        globals.put("__spec__", PyNone.NONE);
        globals.put("__annotations__", new PyDict());
        globals.put("__builtins__", PyModule.builtins(builtins));
        globals.put("__file__", PyStr.of(filename));
        globals.put("__cached__", PyNone.NONE);
    }

    private static PyObject docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLit s) {
            return PyStr.of(s.value());
        }
        return PyNone.NONE;
    }
}
