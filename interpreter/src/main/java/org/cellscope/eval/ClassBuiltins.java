package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.PyObject;

/** The builtins that belong to the class machinery: super, property, staticmethod, classmethod. */
final class ClassBuiltins {
    private ClassBuiltins() {}

    static void install(Map<String, PyObject> builtins) {
        // filled in as the class machinery grows
    }
}
