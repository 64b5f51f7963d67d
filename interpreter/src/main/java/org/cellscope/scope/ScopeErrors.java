package org.cellscope.scope;

import org.cellscope.ast.Pos;
import org.cellscope.parse.PySyntaxError;

/** CPython 3.11's compile-time scope errors, worded and placed as symtable.c and compile.c do. */
final class ScopeErrors {
    private ScopeErrors() {}

    static PySyntaxError at(Pos pos, String message) {
        return new PySyntaxError("SyntaxError", message, pos.line(), pos.col() + 1, pos.endCol() + 1);
    }

    static PySyntaxError declaredAfter(Pos pos, String name, int flags, String directive) {
        String what;
        if ((flags & SymbolFlags.DEF_PARAM) != 0) {
            return at(pos, "name '" + name + "' is parameter and " + directive);
        } else if ((flags & SymbolFlags.USE) != 0) {
            what = "is used prior to";
        } else if ((flags & SymbolFlags.DEF_ANNOT) != 0) {
            return annotated(pos, name, directive);
        } else {
            what = "is assigned to before";
        }
        return at(pos, "name '" + name + "' " + what + " " + directive + " declaration");
    }

    static PySyntaxError annotated(Pos pos, String name, String directive) {
        return at(pos, "annotated name '" + name + "' can't be " + directive);
    }
}
