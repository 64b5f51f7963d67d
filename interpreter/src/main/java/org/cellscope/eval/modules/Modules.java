package org.cellscope.eval.modules;

import java.util.Map;
import java.util.function.Consumer;

/** The standard modules Cellscope provides, written in Java: their functions make no trace events, like CPython's C ones. */
public final class Modules {
    private Modules() {}

    private static final Map<String, Consumer<PyModule>> FILLERS = Map.of(
        "math", MathModule::fill,
        "functools", FunctoolsModule::fill,
        "itertools", ItertoolsModule::fill,
        "operator", OperatorModule::fill,
        "typing", TypingModule::fill,
        "__future__", FutureModule::fill);

    /** A fresh module object, or null when Cellscope has no module of that name. */
    public static PyModule create(String name) {
        Consumer<PyModule> filler = FILLERS.get(name);
        if (filler == null) return null;
        PyModule m = new PyModule(name);
        filler.accept(m);
        return m;
    }
}
