package org.cellscope.scope;

import static org.cellscope.scope.SymbolFlags.DEF_ANNOT;
import static org.cellscope.scope.SymbolFlags.DEF_COMP_ITER;
import static org.cellscope.scope.SymbolFlags.DEF_GLOBAL;
import static org.cellscope.scope.SymbolFlags.DEF_IMPORT;
import static org.cellscope.scope.SymbolFlags.DEF_LOCAL;
import static org.cellscope.scope.SymbolFlags.DEF_NONLOCAL;
import static org.cellscope.scope.SymbolFlags.DEF_PARAM;
import static org.cellscope.scope.SymbolFlags.USE;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.ast.Alias;
import org.cellscope.ast.Arguments;
import org.cellscope.ast.Comprehension;
import org.cellscope.ast.ExceptHandler;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Keyword;
import org.cellscope.ast.Module;
import org.cellscope.ast.Node;
import org.cellscope.ast.Pos;
import org.cellscope.ast.Stmt;
import org.cellscope.ast.WithItem;
import org.cellscope.parse.PySyntaxError;

/**
 * Phase 1 (CPython's symtable walk): one Block per scope-opening node, with the DEF_* facts of
 * every name, visited in symtable.c's order so that the first error raised is CPython's. Two
 * things follow the code generator's order instead, which differs in places (value before
 * targets, a comprehension's body before its first iterable): co_varnames, which lists locals as
 * the compiler first touches them, and the compiler's own errors ('return' outside function...),
 * which CPython reports only once the symbol table is complete and error-free. Those events are
 * held back where the walk runs ahead of the compiler and replayed where the compiler makes them.
 */
final class SymbolCollector {
    /** The tree of blocks and the first compiler error, to be raised only if phase 2 passes. */
    record Facts(Block root, PySyntaxError codegenError) {}

    private final Block root;
    private Block cur;
    private PySyntaxError codegenError;
    /** Above zero while visiting what the compiler never evaluates (annotations in a function). */
    private int unevaluated;

    private SymbolCollector(Module module) {
        root = new Block(ScopeKind.MODULE, "<module>", module, null, null);
        cur = root;
    }

    static Facts collect(Module module) {
        SymbolCollector collector = new SymbolCollector(module);
        collector.statements(module.body());
        return new Facts(collector.root, collector.codegenError);
    }

    // ---- recording facts

    /** symtable_add_def_helper: merge a flag into a block's entry for name. */
    private void addDef(Block block, String name, int flag, Pos pos) {
        String mangled = block.mangle(name);
        int flags = block.flags(mangled);
        if ((flag & DEF_PARAM) != 0 && (flags & DEF_PARAM) != 0) {
            throw ScopeErrors.at(pos, "duplicate argument '" + name + "' in function definition");
        }
        flags |= flag;
        if (block.compIterTarget) {
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw ScopeErrors.at(pos, "comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'");
            }
            flags |= DEF_COMP_ITER;
        }
        block.symbols.put(mangled, flags);
        if ((flag & DEF_PARAM) != 0) {
            block.params.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            root.addFlags(mangled, DEF_GLOBAL); // every global statement also marks the module's entry
        }
    }

    // ---- code generator events

    private void touch(String name) {
        if (unevaluated > 0) return;
        Block block = cur;
        String mangled = cur.mangle(name);
        cur.codegen(() -> block.accessOrder.add(mangled));
    }

    private void deferCodegenError(Pos pos, String message) {
        PySyntaxError error = ScopeErrors.at(pos, message);
        cur.codegen(() -> {
            if (codegenError == null) codegenError = error;
        });
    }

    private void bind(String name, int flag, Pos pos) {
        addDef(cur, name, flag, pos);
        touch(name);
    }

    private Block enter(ScopeKind kind, String name, Node node, String privateName) {
        cur = new Block(kind, name, node, cur, privateName);
        return cur;
    }

    private void leave(Block block) {
        cur = block.parent;
    }

    // ---- statements

    private void statements(List<Stmt> body) {
        for (Stmt s : body) statement(s);
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.ExprStmt x) {
            expr(x.value());
        } else if (s instanceof Stmt.Assign x) {
            List<Runnable> stores = cur.hold(() -> x.targets().forEach(this::target));
            expr(x.value());
            cur.replay(stores);
        } else if (s instanceof Stmt.AugAssign x) {
            target(x.target());
            expr(x.value());
        } else if (s instanceof Stmt.AnnAssign x) {
            annAssign(x);
        } else if (s instanceof Stmt.FunctionDef x) {
            functionDef(x);
        } else if (s instanceof Stmt.ClassDef x) {
            classDef(x);
        } else if (s instanceof Stmt.Return x) {
            if (!cur.isFunctionLike()) deferCodegenError(x.pos(), "'return' outside function");
            optional(x.value());
        } else if (s instanceof Stmt.Delete x) {
            x.targets().forEach(this::target);
        } else if (s instanceof Stmt.If x) {
            expr(x.test());
            statements(x.body());
            statements(x.orelse());
        } else if (s instanceof Stmt.While x) {
            expr(x.test());
            loopBody(x.body());
            statements(x.orelse());
        } else if (s instanceof Stmt.For x) {
            List<Runnable> stores = cur.hold(() -> target(x.target()));
            expr(x.iter());
            cur.replay(stores);
            loopBody(x.body());
            statements(x.orelse());
        } else if (s instanceof Stmt.With x) {
            for (WithItem item : x.items()) {
                expr(item.context());
                if (item.target() != null) target(item.target());
            }
            statements(x.body());
        } else if (s instanceof Stmt.Raise x) {
            optional(x.exc());
            optional(x.cause());
        } else if (s instanceof Stmt.Try x) {
            tryStatement(x);
        } else if (s instanceof Stmt.Assert x) {
            expr(x.test());
            optional(x.msg());
        } else if (s instanceof Stmt.Import x) {
            x.names().forEach(this::importAlias);
        } else if (s instanceof Stmt.ImportFrom x) {
            x.names().forEach(this::importAlias);
        } else if (s instanceof Stmt.Global x) {
            for (String name : x.names()) declare(x.pos(), name, DEF_GLOBAL, "global");
        } else if (s instanceof Stmt.Nonlocal x) {
            for (String name : x.names()) declare(x.pos(), name, DEF_NONLOCAL, "nonlocal");
        } else if (s instanceof Stmt.Break x) {
            if (cur.loopDepth == 0) deferCodegenError(x.pos(), "'break' outside loop");
        } else if (s instanceof Stmt.Continue x) {
            if (cur.loopDepth == 0) deferCodegenError(x.pos(), "'continue' not properly in loop");
        }
    }

    private void loopBody(List<Stmt> body) {
        cur.loopDepth++;
        statements(body);
        cur.loopDepth--;
    }

    private void annAssign(Stmt.AnnAssign a) {
        List<Runnable> stores = new ArrayList<>();
        if (a.target() instanceof Expr.Name n) {
            int flags = cur.flags(cur.mangle(n.id()));
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != root && a.simple()) {
                throw ScopeErrors.annotated(a.pos(), n.id(), (flags & DEF_GLOBAL) != 0 ? "global" : "nonlocal");
            }
            if (a.simple()) {
                addDef(cur, n.id(), DEF_ANNOT | DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(cur, n.id(), DEF_LOCAL, n.pos());
            }
            if (a.value() != null) stores = cur.hold(() -> touch(n.id()));
        } else {
            stores = cur.hold(() -> target(a.target()));
        }
        // a function body never evaluates its annotations, yet the symbol table sees their names
        if (cur.isFunctionLike()) unevaluated++;
        expr(a.annotation());
        if (cur.isFunctionLike()) unevaluated--;
        optional(a.value());
        cur.replay(stores);
    }

    /** The compiler evaluates decorators first and stores the name last. */
    private void functionDef(Stmt.FunctionDef f) {
        addDef(cur, f.name(), DEF_LOCAL, f.pos());
        List<Runnable> header = cur.hold(() -> {
            defaults(f.args());
            annotations(f.args(), f.returns());
        });
        exprs(f.decorators());
        cur.replay(header);
        Block block = enter(ScopeKind.FUNCTION, f.name(), f, cur.privateName);
        parameters(f.args());
        statements(f.body());
        leave(block);
        touch(f.name());
    }

    /** The compiler evaluates decorators, then the body, then the bases, and stores the name last. */
    private void classDef(Stmt.ClassDef c) {
        addDef(cur, c.name(), DEF_LOCAL, c.pos());
        List<Runnable> bases = cur.hold(() -> {
            exprs(c.bases());
            for (Keyword k : c.keywords()) expr(k.value());
        });
        exprs(c.decorators());
        Block block = enter(ScopeKind.CLASS, c.name(), c, c.name());
        statements(c.body());
        leave(block);
        cur.replay(bases);
        touch(c.name());
    }

    private void tryStatement(Stmt.Try t) {
        statements(t.body());
        statements(t.orelse());
        for (ExceptHandler h : t.handlers()) {
            optional(h.type());
            if (h.name() != null) bind(h.name(), DEF_LOCAL, h.pos());
            statements(h.body());
        }
        statements(t.finalbody());
    }

    private void importAlias(Alias alias) {
        if (alias.name().equals("*")) {
            if (cur != root) throw ScopeErrors.at(alias.pos(), "import * only allowed at module level");
            return;
        }
        String bound = alias.asname() != null ? alias.asname() : alias.name();
        int dot = bound.indexOf('.');
        bind(dot < 0 ? bound : bound.substring(0, dot), DEF_IMPORT, alias.pos());
    }

    /** A global or nonlocal statement: legal only before any other mention of the name. */
    private void declare(Pos pos, String name, int flag, String directive) {
        int flags = cur.flags(cur.mangle(name));
        if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
            throw ScopeErrors.declaredAfter(pos, name, flags, directive);
        }
        addDef(cur, name, flag, pos);
        cur.directives.putIfAbsent(cur.mangle(name), pos);
    }

    // ---- functions and lambdas

    private void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr e : args.kwDefaults()) optional(e);
    }

    /** The code generator evaluates regular parameters' annotations before positional-only ones. */
    private void annotations(Arguments args, Expr returns) {
        List<Runnable> posonly = cur.hold(() -> args.posonly().forEach(this::annotation));
        args.args().forEach(this::annotation);
        cur.replay(posonly);
        if (args.vararg() != null) annotation(args.vararg());
        args.kwonly().forEach(this::annotation);
        if (args.kwarg() != null) annotation(args.kwarg());
        optional(returns);
    }

    private void annotation(Arguments.Arg arg) {
        optional(arg.annotation());
    }

    /** co_varnames order: positional-only, regular, keyword-only, then *args and **kwargs. */
    private void parameters(Arguments args) {
        for (Arguments.Arg a : args.posonly()) addDef(cur, a.name(), DEF_PARAM, a.pos());
        for (Arguments.Arg a : args.args()) addDef(cur, a.name(), DEF_PARAM, a.pos());
        for (Arguments.Arg a : args.kwonly()) addDef(cur, a.name(), DEF_PARAM, a.pos());
        if (args.vararg() != null) addDef(cur, args.vararg().name(), DEF_PARAM, args.vararg().pos());
        if (args.kwarg() != null) addDef(cur, args.kwarg().name(), DEF_PARAM, args.kwarg().pos());
    }

    private void lambda(Expr.Lambda l) {
        defaults(l.args());
        Block block = enter(ScopeKind.FUNCTION, "<lambda>", l, cur.privateName);
        parameters(l.args());
        expr(l.body());
        leave(block);
    }

    // ---- expressions

    private void optional(Expr e) {
        if (e != null) expr(e);
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) expr(e);
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            name(n);
        } else if (e instanceof Expr.JoinedStr x) {
            exprs(x.values());
        } else if (e instanceof Expr.FormattedValue x) {
            expr(x.value());
            optional(x.formatSpec());
        } else if (e instanceof Expr.BinOp x) {
            expr(x.left());
            expr(x.right());
        } else if (e instanceof Expr.UnaryOp x) {
            expr(x.operand());
        } else if (e instanceof Expr.BoolOp x) {
            exprs(x.values());
        } else if (e instanceof Expr.Compare x) {
            expr(x.left());
            exprs(x.comparators());
        } else if (e instanceof Expr.IfExp x) {
            expr(x.test());
            expr(x.body());
            expr(x.orelse());
        } else if (e instanceof Expr.NamedExpr x) {
            namedExpr(x);
        } else if (e instanceof Expr.Call x) {
            expr(x.func());
            exprs(x.args());
            for (Keyword k : x.keywords()) expr(k.value());
        } else if (e instanceof Expr.Attribute x) {
            expr(x.value());
        } else if (e instanceof Expr.Subscript x) {
            expr(x.value());
            expr(x.slice());
        } else if (e instanceof Expr.Slice x) {
            optional(x.lower());
            optional(x.upper());
            optional(x.step());
        } else if (e instanceof Expr.Starred x) {
            expr(x.value());
        } else if (e instanceof Expr.ListExpr x) {
            exprs(x.elts());
        } else if (e instanceof Expr.Tuple x) {
            exprs(x.elts());
        } else if (e instanceof Expr.SetExpr x) {
            exprs(x.elts());
        } else if (e instanceof Expr.DictExpr x) {
            dict(x);
        } else if (e instanceof Expr.Lambda x) {
            lambda(x);
        } else if (e instanceof Expr.ListComp x) {
            comprehension(x, "<listcomp>", x.generators(), x.elt(), null);
        } else if (e instanceof Expr.SetComp x) {
            comprehension(x, "<setcomp>", x.generators(), x.elt(), null);
        } else if (e instanceof Expr.DictComp x) {
            comprehension(x, "<dictcomp>", x.generators(), x.key(), x.value());
        } else if (e instanceof Expr.GeneratorExp x) {
            comprehension(x, "<genexpr>", x.generators(), x.elt(), null);
        } else if (e instanceof Expr.Yield x) {
            yieldExpr(x, x.value());
        } else if (e instanceof Expr.YieldFrom x) {
            yieldExpr(x, x.value());
        }
        // literals mention no names
    }

    /** The symbol table visits all keys, then all values; the compiler goes pair by pair. */
    private void dict(Expr.DictExpr d) {
        List<List<Runnable>> keys = new ArrayList<>();
        for (Expr key : d.keys()) keys.add(cur.hold(() -> optional(key)));
        for (int i = 0; i < d.values().size(); i++) {
            cur.replay(keys.get(i));
            expr(d.values().get(i));
        }
    }

    private void name(Expr.Name n) {
        addDef(cur, n.id(), USE, n.pos());
        touch(n.id());
        // zero-argument super() finds the class through the __class__ cell
        if (n.id().equals("super") && cur.isFunctionLike()) addDef(cur, "__class__", USE, n.pos());
    }

    /** A store or delete target: names are bound, the parts of attributes and subscripts are read. */
    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            bind(n.id(), DEF_LOCAL, n.pos());
        } else if (t instanceof Expr.Tuple x) {
            x.elts().forEach(this::target);
        } else if (t instanceof Expr.ListExpr x) {
            x.elts().forEach(this::target);
        } else if (t instanceof Expr.Starred x) {
            target(x.value());
        } else {
            expr(t);
        }
    }

    private void yieldExpr(Expr e, Expr value) {
        if (cur.kind == ScopeKind.COMPREHENSION) {
            optional(value);
            throw ScopeErrors.at(e.pos(), "'yield' inside " + comprehensionKind(cur.node));
        }
        if (!cur.isFunctionLike()) deferCodegenError(e.pos(), "'yield' outside function");
        optional(value);
        cur.generator = true;
    }

    private static String comprehensionKind(Node node) {
        if (node instanceof Expr.ListComp) return "list comprehension";
        if (node instanceof Expr.SetComp) return "set comprehension";
        if (node instanceof Expr.DictComp) return "dict comprehension";
        return "generator expression";
    }

    // ---- comprehensions and assignment expressions

    /**
     * Every comprehension is a function scope whose implicit parameter {@code .0} is the iterator
     * of the first iterable; that iterable itself is evaluated in the enclosing scope.
     */
    private void comprehension(Expr e, String name, List<Comprehension> generators, Expr elt, Expr value) {
        Comprehension first = generators.get(0);
        // the compiler builds the comprehension's code first, then evaluates the iterable
        List<Runnable> firstIterable = cur.hold(() -> iterable(first.iter()));
        Block block = enter(ScopeKind.COMPREHENSION, name, e, cur.privateName);
        addDef(cur, ".0", DEF_PARAM, e.pos());
        iterationTarget(first.target());
        exprs(first.ifs());
        for (Comprehension g : generators.subList(1, generators.size())) {
            List<Runnable> stores = cur.hold(() -> iterationTarget(g.target()));
            iterable(g.iter());
            cur.replay(stores);
            exprs(g.ifs());
        }
        // symtable.c visits a dict comprehension's value before its key, the compiler the other way
        List<Runnable> valueEvents = cur.hold(() -> optional(value));
        expr(elt);
        cur.replay(valueEvents);
        cur.generator = e instanceof Expr.GeneratorExp;
        leave(block);
        cur.replay(firstIterable);
    }

    private void iterationTarget(Expr t) {
        cur.compIterTarget = true;
        target(t);
        cur.compIterTarget = false;
    }

    private void iterable(Expr e) {
        cur.compIterExpr++;
        expr(e);
        cur.compIterExpr--;
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw ScopeErrors.at(n.pos(), "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (cur.kind == ScopeKind.COMPREHENSION) bindInEnclosingScope(n.target());
        expr(n.value());
        bind(n.target().id(), DEF_LOCAL, n.target().pos());
    }

    /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest function or module. */
    private void bindInEnclosingScope(Expr.Name target) {
        String name = target.id();
        for (Block b = cur; b != null; b = b.parent) {
            if (b.kind == ScopeKind.COMPREHENSION) {
                if ((b.flags(b.mangle(name)) & DEF_COMP_ITER) != 0) {
                    throw ScopeErrors.at(target.pos(),
                            "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                }
            } else if (b.kind == ScopeKind.CLASS) {
                throw ScopeErrors.at(target.pos(),
                        "assignment expression within a comprehension cannot be used in a class body");
            } else {
                boolean global = b == root || (b.flags(b.mangle(name)) & DEF_GLOBAL) != 0;
                addDef(cur, name, global ? DEF_GLOBAL : DEF_NONLOCAL, target.pos());
                cur.directives.putIfAbsent(cur.mangle(name), target.pos());
                addDef(b, name, b == root ? DEF_GLOBAL : DEF_LOCAL, target.pos());
                return;
            }
        }
    }
}
