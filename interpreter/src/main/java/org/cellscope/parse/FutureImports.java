package org.cellscope.parse;

import java.util.List;
import java.util.Set;
import org.cellscope.ast.Alias;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Module;
import org.cellscope.ast.Stmt;

/**
 * CPython's checks of {@code from __future__ import ...}, made before the compiler's own: only at
 * the start of the file (after the docstring), only known features. Every feature but two is
 * already how Python 3.11 behaves; string annotations and barry_as_FLUFL would change the
 * language, and Cellscope does not run them.
 */
final class FutureImports {
    private FutureImports() {}

    private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division", "absolute_import",
        "with_statement", "print_function", "unicode_literals", "generator_stop");
    private static final Set<String> UNSUPPORTED = Set.of("annotations", "barry_as_FLUFL");

    static void check(Module module) {
        List<Stmt> body = module.body();
        int i = !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLit ? 1 : 0;
        for (; i < body.size() && isFuture(body.get(i)); i++) {
            Stmt.ImportFrom future = (Stmt.ImportFrom) body.get(i);
            for (Alias a : future.names()) feature(future, a.name());
        }
        for (; i < body.size(); i++) {
            if (isFuture(body.get(i))) {
                throw SyntaxErrors.at(body.get(i), "from __future__ imports must occur at the beginning of the file");
            }
        }
    }

    private static boolean isFuture(Stmt s) {
        return s instanceof Stmt.ImportFrom f && f.level() == 0 && "__future__".equals(f.module());
    }

    private static void feature(Stmt.ImportFrom s, String name) {
        if (FEATURES.contains(name)) return;
        int line = s.pos().line(), column = s.pos().col() + 1;
        if (UNSUPPORTED.contains(name)) {
            throw new UnsupportedFeature("from __future__ import " + name + " is not supported by Cellscope", line, column);
        }
        throw new PySyntaxError(name.equals("braces") ? "not a chance" : "future feature " + name + " is not defined",
            line, column);
    }
}
