package org.cellscope.eval.modules;

import org.cellscope.eval.Args;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.Types;

/** types: the classes of functions, methods, cells and code, under the names CPython's types module gives them. */
final class TypesModule {
    private TypesModule() {}

    static void fill(PyModule m) {
        Types.CELL.setConstructor((t, a, kw) -> {
            Args.noKeywords("cell", kw);
            Args.count("cell", a, 0, 1);
            return new PyCell(a.length == 0 ? null : a[0], null, 0);
        });
        m.put("CellType", Types.CELL);
        m.put("FunctionType", Types.FUNCTION);
        m.put("LambdaType", Types.FUNCTION);
        m.put("MethodType", Types.METHOD);
        m.put("BuiltinFunctionType", Types.BUILTIN_FUNCTION);
        m.put("BuiltinMethodType", Types.BUILTIN_FUNCTION);
        m.put("CodeType", Types.CODE);
        m.put("ModuleType", Types.MODULE);
        m.put("NoneType", Types.NONE);
        m.put("NotImplementedType", Types.NOT_IMPLEMENTED);
        m.put("EllipsisType", Types.ELLIPSIS);
    }
}
