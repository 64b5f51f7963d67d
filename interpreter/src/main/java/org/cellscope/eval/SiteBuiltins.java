package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyTuple;

/**
 * exit() and quit(), which CPython's site module adds, and the builtins a Cellscope program
 * cannot use. Those exist and fail with a message naming them: a NameError would tell a learner
 * that Python has no open() or eval().
 */
final class SiteBuiltins {
    private SiteBuiltins() {}

    /** Builtins outside the subset Cellscope runs. */
    private static final String[] UNSUPPORTED = {"eval", "exec", "compile", "__import__", "breakpoint", "help",
        "bytes", "bytearray", "memoryview", "complex", "aiter", "anext", "copyright", "credits", "license"};

    static void install(Map<String, PyObject> b) {
        for (String name : new String[] {"exit", "quit"}) {
            Builtins.keywordFn(b, name, (a, kw) -> {
                throw new PyRaise(new PyBaseException(Errors.SYSTEM_EXIT, PyTuple.of(exitCode(a, kw))));
            });
        }
        Builtins.keywordFn(b, "open", (a, kw) -> {
            throw Errors.raise(Errors.PERMISSION_ERROR, "open() is not available in Cellscope's sandbox: programs cannot use files");
        });
        for (String name : UNSUPPORTED) {
            Builtins.keywordFn(b, name, (a, kw) -> {
                throw Errors.raise(Errors.NOT_IMPLEMENTED_ERROR, name + "() is not supported by Cellscope");
            });
        }
    }

    /** The code argument of exit() and quit(), which CPython's site module defines as Quitter.__call__(self, code=None). */
    private static PyObject exitCode(PyObject[] a, Map<String, PyObject> kw) {
        String fn = "Quitter.__call__()";
        if (a.length > 1) throw Errors.typeError(fn + " takes from 1 to 2 positional arguments but " + (a.length + 1) + " were given");
        PyObject code = a.length == 1 ? a[0] : PyNone.NONE;
        if (kw != null) {
            for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                if (!e.getKey().equals("code")) throw Errors.typeError(fn + " got an unexpected keyword argument '" + e.getKey() + "'");
                if (a.length == 1) throw Errors.typeError(fn + " got multiple values for argument 'code'");
                code = e.getValue();
            }
        }
        return code;
    }
}
