package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;

/** The builtins that belong to the class machinery: super, property, staticmethod, classmethod. */
final class ClassBuiltins {
    private ClassBuiltins() {}

    static void install(Map<String, PyObject> builtins, Runner runner) {
        builtins.put("property", Descriptors.PROPERTY);
        builtins.put("staticmethod", Descriptors.STATICMETHOD);
        builtins.put("classmethod", Descriptors.CLASSMETHOD);
        builtins.put("super", new PyBuiltin("super", null, (args, kw) -> {
            if (args.length == 2) return new PySuper((PyType) args[0], args[1]);
            return PySuper.fromFrame(runner.top);
        }));
    }
}
