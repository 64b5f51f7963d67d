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
            Builtins.fn(b, name, (a, kw) -> {
                Args.count(name, a, 0, 1);
                throw new PyRaise(new PyBaseException(Errors.SYSTEM_EXIT, PyTuple.of(a.length == 0 ? PyNone.NONE : a[0])));
            });
        }
        Builtins.fn(b, "open", (a, kw) -> {
            throw Errors.raise(Errors.PERMISSION_ERROR, "open() is not available in Cellscope's sandbox: programs cannot use files");
        });
        for (String name : UNSUPPORTED) {
            Builtins.fn(b, name, (a, kw) -> {
                throw Errors.raise(Errors.NOT_IMPLEMENTED_ERROR, name + "() is not supported by Cellscope");
            });
        }
    }
}
