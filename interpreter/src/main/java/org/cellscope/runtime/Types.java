package org.cellscope.runtime;

import java.util.List;

/** The builtin types. Their methods are installed by {@code org.cellscope.eval.builtins}. */
public final class Types {
    private Types() {}

    public static final PyType OBJECT = builtin("object");
    public static final PyType TYPE = builtin("type", OBJECT);
    public static final PyType INT = builtin("int", OBJECT);
    public static final PyType BOOL = builtin("bool", INT);
    public static final PyType FLOAT = builtin("float", OBJECT);
    public static final PyType STR = builtin("str", OBJECT);
    public static final PyType LIST = builtin("list", OBJECT);
    public static final PyType TUPLE = builtin("tuple", OBJECT);
    public static final PyType DICT = builtin("dict", OBJECT);
    public static final PyType SET = builtin("set", OBJECT);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT);
    public static final PyType NONE = builtin("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED = builtin("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS = builtin("ellipsis", OBJECT);
    public static final PyType RANGE = builtin("range", OBJECT);
    public static final PyType SLICE = builtin("slice", OBJECT);
    public static final PyType FUNCTION = builtin("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT);
    public static final PyType METHOD = builtin("method", OBJECT);
    public static final PyType CELL = builtin("cell", OBJECT);
    public static final PyType CODE = builtin("code", OBJECT);
    public static final PyType ITERATOR = builtin("iterator", OBJECT);
    public static final PyType MODULE = builtin("module", OBJECT);

    static {
        PyType.TYPE = TYPE;
    }

    public static PyType builtin(String name, PyType... bases) {
        return new PyType(name, name, "builtins", List.of(bases));
    }
}
