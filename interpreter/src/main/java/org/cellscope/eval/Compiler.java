package org.cellscope.eval;

import java.util.List;
import org.cellscope.ast.Arguments;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Module;
import org.cellscope.ast.Node;
import org.cellscope.ast.Stmt;
import org.cellscope.scope.Scope;
import org.cellscope.scope.ScopeTable;

/**
 * Turns the AST and the scope pass's table into code objects whose bodies are trees of
 * {@link Eval}/{@link Exec} closures, with every name already resolved to its slot or cell.
 */
final class Compiler {
    final ScopeTable scopes;
    final String filename;
    final Runner runner;

    Compiler(ScopeTable scopes, String filename, Runner runner) {
        this.scopes = scopes;
        this.filename = filename;
        this.runner = runner;
    }

    PyCode compileModule(Module module) {
        PyCode code = newCode(scopes.module(), null, 0);
        code.body = new CodeCompiler(this, code).stmts().block(module.body());
        return code;
    }

    /** A code object for a scope, its body compiled by the caller. */
    PyCode newCode(Scope scope, Arguments args, int firstLine) {
        int argc = 0, posonly = 0, kwonly = 0;
        boolean varargs = false, varkw = false;
        if (args != null) {
            posonly = args.posonly().size();
            argc = posonly + args.args().size();
            kwonly = args.kwonly().size();
            varargs = args.vararg() != null;
            varkw = args.kwarg() != null;
        }
        PyCode code = new PyCode(scope, filename, firstLine, argc, posonly, kwonly, varargs, varkw);
        code.runner = runner;
        return code;
    }

    PyCode compileFunction(Node node, Arguments args, List<Stmt> body, int firstLine) {
        PyCode code = newCode(scopes.scopeOf(node), args, firstLine);
        CodeCompiler cc = new CodeCompiler(this, code);
        code.body = cc.stmts().functionBody(body, node.pos().line());
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.StrLit s) {
            code.doc = org.cellscope.runtime.PyStr.of(s.value());
        }
        return code;
    }

    /** Per code object: the expression and statement compilers and the name resolver. */
    static final class CodeCompiler {
        final Compiler compiler;
        final PyCode code;
        final NameAccess names;
        private final ExprCompiler exprs;
        private final StmtCompiler stmts;

        CodeCompiler(Compiler compiler, PyCode code) {
            this.compiler = compiler;
            this.code = code;
            this.names = new NameAccess(code.scope, code);
            this.exprs = new ExprCompiler(this);
            this.stmts = new StmtCompiler(this);
        }

        ExprCompiler exprs() { return exprs; }

        StmtCompiler stmts() { return stmts; }
    }
}
