package org.cellscope.eval;

import org.cellscope.ast.Stmt;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/** import statements. Programs run sandboxed: modules that reach files, processes or the interpreter are not there. */
final class Imports {
    private Imports() {}

    static Exec compile(Stmt s, Compiler.CodeCompiler cc) {
        String module = s instanceof Stmt.Import i ? i.names().get(0).name() : ((Stmt.ImportFrom) s).module();
        return f -> {
            throw notAvailable(module);
        };
    }

    static PyRaise notAvailable(String module) {
        PyBaseException e = new PyBaseException(Errors.MODULE_NOT_FOUND_ERROR,
            PyTuple.of(PyStr.of("No module named '" + module + "' (not available in Cellscope's sandbox)")));
        e.dict().put("name", PyStr.of(module));
        return new PyRaise(e);
    }
}
