package org.cellscope.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cellscope.ast.ExceptHandler;
import org.cellscope.ast.Module;
import org.cellscope.ast.Stmt;

/**
 * The compiler's checks that return, break and continue stand where they mean something. They
 * run after parsing, like CPython's compiler, which reports the first such error in the file.
 */
final class ControlFlowChecker {
    private ControlFlowChecker() {}

    /** expressionErrors: what the builder found in expressions (yield outside a function ...). */
    static void check(Module module, List<PySyntaxError> expressionErrors) {
        List<PySyntaxError> errors = new ArrayList<>(expressionErrors);
        try {
            block(module.body(), false, false);
        } catch (PySyntaxError statementError) {
            errors.add(statementError);
        }
        errors.stream().min(Comparator.comparingInt(PySyntaxError::line).thenComparingInt(PySyntaxError::column))
                .ifPresent(first -> {
                    throw first;
                });
    }

    private static void block(List<Stmt> body, boolean inFunction, boolean inLoop) {
        body.forEach(s -> statement(s, inFunction, inLoop));
    }

    private static void statement(Stmt s, boolean inFunction, boolean inLoop) {
        if (s instanceof Stmt.Return && !inFunction) {
            throw SyntaxErrors.at(s, "'return' outside function");
        } else if (s instanceof Stmt.Break && !inLoop) {
            throw SyntaxErrors.at(s, "'break' outside loop");
        } else if (s instanceof Stmt.Continue && !inLoop) {
            throw SyntaxErrors.at(s, "'continue' not properly in loop");
        } else if (s instanceof Stmt.FunctionDef f) {
            block(f.body(), true, false);
        } else if (s instanceof Stmt.ClassDef c) {
            block(c.body(), false, false);
        } else if (s instanceof Stmt.If i) {
            block(i.body(), inFunction, inLoop);
            block(i.orelse(), inFunction, inLoop);
        } else if (s instanceof Stmt.While w) {
            block(w.body(), inFunction, true);
            block(w.orelse(), inFunction, inLoop);
        } else if (s instanceof Stmt.For f) {
            block(f.body(), inFunction, true);
            block(f.orelse(), inFunction, inLoop);
        } else if (s instanceof Stmt.With w) {
            block(w.body(), inFunction, inLoop);
        } else if (s instanceof Stmt.Try t) {
            block(t.body(), inFunction, inLoop);
            for (ExceptHandler h : t.handlers()) {
                block(h.body(), inFunction, inLoop);
            }
            block(t.orelse(), inFunction, inLoop);
            block(t.finalbody(), inFunction, inLoop);
        }
    }
}
