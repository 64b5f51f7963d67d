package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Stmt;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;


/** Compiles statements to {@link Exec} closures that report a line event as each one starts. */
final class StmtCompiler {
    private final Compiler.CodeCompiler cc;

    private final ExceptionStatements exceptions;

    StmtCompiler(Compiler.CodeCompiler cc) {
        this.cc = cc;
        this.exceptions = new ExceptionStatements(cc, this);
    }

    private ExprCompiler exprs() { return cc.exprs(); }

    /**
     * A sequence of statements. Each reports its line as it starts (a statement over several
     * lines lets its first instruction do it) and becomes what a traceback points at.
     */
    Exec block(List<Stmt> body) {
        int n = body.size();
        Stmt[] nodes = body.toArray(new Stmt[0]);
        Exec[] stmts = new Exec[n];
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            Stmt s = nodes[i];
            boolean spansLines = s.pos().endLine() > s.pos().line() && isSimple(s);
            stmts[i] = exprs().withTracking(spansLines, () -> compileBare(s));
            // global and nonlocal compile to no instructions, so CPython reports no line for them
            boolean silent = spansLines || headerBelowLine(s) || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal
                || s instanceof Stmt.AnnAssign a && a.value() == null && !cc.names.namespaceBody()
                || s instanceof Stmt.FunctionDef d && Functions.startsBelowDefLine(d);
            lines[i] = silent ? -1 : firstLine(s);
        }
        return f -> {
            for (int i = 0; i < n; i++) {
                if (lines[i] >= 0) f.traceLine(lines[i]);
                f.at = nodes[i];
                int st = stmts[i].exec(f);
                if (st != Exec.NORMAL) return st;
            }
            return Exec.NORMAL;
        };
    }

    /**
     * A function body starts "before" its first line, so that the first statement always reports
     * a line. A docstring is no statement to run; a body that is only a docstring runs on the def line.
     */
    Exec functionBody(List<Stmt> body, int defLine) {
        boolean docstring = body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLit;
        List<Stmt> run = docstring ? body.subList(1, body.size()) : body;
        Exec b = run.isEmpty() ? f -> {
            f.traceLine(defLine);
            return Exec.NORMAL;
        } : block(run);
        int resumeLine = cc.code.firstLine;
        boolean unlocatedStart = !run.isEmpty() && FormatRewrite.startsUnlocated(run.get(0));
        return f -> {
            f.line = -1;
            if (unlocatedStart) f.traceLine(resumeLine);
            return b.exec(f);
        };
    }

    /** A compound statement's header expression, followed line by line when it goes below the statement's line. */
    Eval header(Expr e, int line) {
        return exprs().withTracking(e.pos().endLine() > line, () -> exprs().compile(e));
    }

    /** The test of if, elif or while, followed line by line when it goes below the statement's line. */
    private Conditions.Test headerTest(Stmt s, Expr test, int line) {
        return exprs().withTracking(test.pos().endLine() > line, () -> exprs().condition(test, line, s));
    }

    /**
     * A compound statement whose header goes below its line has no instruction of its own before
     * the header's: its first line event is the header's first instruction's.
     */
    private static boolean headerBelowLine(Stmt s) {
        int line = s.pos().line();
        if (s instanceof Stmt.If i) return i.test().pos().endLine() > line;
        if (s instanceof Stmt.While w) return w.test().pos().endLine() > line;
        if (s instanceof Stmt.For fo) return fo.iter().pos().endLine() > line;
        if (s instanceof Stmt.With w) return w.items().get(0).context().pos().endLine() > line;
        return false;
    }

    private static boolean isSimple(Stmt s) {
        return s instanceof Stmt.ExprStmt || s instanceof Stmt.Assign || s instanceof Stmt.AugAssign
            || s instanceof Stmt.AnnAssign || s instanceof Stmt.Return || s instanceof Stmt.Delete
            || s instanceof Stmt.Assert || s instanceof Stmt.Raise;
    }

    /** A decorated definition starts at its first decorator. */
    private static int firstLine(Stmt s) {
        List<Expr> decorators = s instanceof Stmt.FunctionDef d ? d.decorators()
            : s instanceof Stmt.ClassDef c ? c.decorators() : List.of();
        return decorators.isEmpty() ? s.pos().line() : decorators.get(0).pos().line();
    }

    /** The value is stored first; then a module or class body evaluates the annotation (see {@link Annotations}). */
    private Exec annAssign(Stmt.AnnAssign a) {
        Eval v = a.value() == null ? null : exprs().compile(a.value());
        Targets.Assign t = v == null ? null : new Targets(cc).compile(a.target());
        if (!cc.names.namespaceBody()) {
            return v == null ? f -> Exec.NORMAL : f -> {
                t.assign(f, v.eval(f));
                return Exec.NORMAL;
            };
        }
        Eval annotation = exprs().compile(a.annotation());
        String name = a.simple() && a.target() instanceof Expr.Name n ? cc.names.mangled(n.id()) : null;
        if (name != null) cc.code.useName("__annotations__");
        return f -> {
            if (v != null) t.assign(f, v.eval(f));
            PyObject value = annotation.eval(f);
            if (name != null) Annotations.store(f, name, value);
            return Exec.NORMAL;
        };
    }

    private Exec compileBare(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            Eval v = exprs().compile(e.value());
            return f -> {
                v.eval(f);
                return Exec.NORMAL;
            };
        }
        if (s instanceof Stmt.Assign a) return assign(a);
        if (s instanceof Stmt.AugAssign a) return augAssign(a);
        if (s instanceof Stmt.AnnAssign a) return annAssign(a);
        if (s instanceof Stmt.Return r) {
            Eval v = r.value() == null ? f -> PyNone.NONE : exprs().compile(r.value());
            boolean track = exprs().tracking();
            int line = r.pos().line();
            return f -> {
                f.returnValue = v.eval(f);
                if (track) f.traceLine(line);
                return Exec.RETURN;
            };
        }
        if (s instanceof Stmt.If i) return ifStmt(i);
        if (s instanceof Stmt.While w) return whileStmt(w);
        if (s instanceof Stmt.For fo) return forStmt(fo);
        if (s instanceof Stmt.Break) return f -> Exec.BREAK;
        if (s instanceof Stmt.Continue) return f -> Exec.CONTINUE;
        if (s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) return f -> Exec.NORMAL;
        if (s instanceof Stmt.FunctionDef d) return functionDef(d);
        if (s instanceof Stmt.ClassDef c) return classDef(c);
        if (s instanceof Stmt.Delete d) return delete(d);
        if (s instanceof Stmt.Assert a) return exceptions.assertStmt(a);
        if (s instanceof Stmt.Raise r) return exceptions.raise(r);
        if (s instanceof Stmt.Try t) return exceptions.tryStmt(t);
        if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) return Imports.compile(s, cc);
        if (s instanceof Stmt.With w) return exceptions.with(w, 0, block(w.body()));
        throw new org.cellscope.parse.UnsupportedFeature(s.getClass().getSimpleName() + " statements are not supported by Cellscope yet",
            s.pos().line(), s.pos().col() + 1);
    }

    private Exec assign(Stmt.Assign a) {
        Eval v = exprs().compile(a.value());
        if (a.targets().size() == 1) {
            Targets.Assign t = new Targets(cc).compile(a.targets().get(0));
            boolean track = exprs().tracking();
            int storeLine = a.targets().get(0).pos().line();
            return f -> {
                PyObject value = v.eval(f);
                if (track) f.traceLine(storeLine);
                t.assign(f, value);
                return Exec.NORMAL;
            };
        }
        List<Targets.Assign> ts = new ArrayList<>();
        for (Expr t : a.targets()) ts.add(new Targets(cc).compile(t));
        return f -> {
            PyObject value = v.eval(f);
            for (Targets.Assign t : ts) t.assign(f, value);
            return Exec.NORMAL;
        };
    }

    private Exec augAssign(Stmt.AugAssign a) {
        Eval v = exprs().compile(a.value());
        org.cellscope.ast.Operator op = a.op();
        Expr target = a.target();
        if (target instanceof Expr.Name n) {
            Eval load = cc.names.load(n);
            NameAccess.Store store = cc.names.store(n.id());
            boolean track = exprs().tracking();
            int line = n.pos().line();
            return f -> {
                if (track) f.traceLine(line);
                PyObject cur = load.eval(f);
                PyObject rhs = v.eval(f);
                f.at = a;
                store.store(f, Ops.inplace(op, cur, rhs));
                return Exec.NORMAL;
            };
        }
        if (target instanceof Expr.Attribute at) {
            Eval obj = exprs().compile(at.value());
            String name = cc.names.attribute(at.attr());
            return f -> {
                PyObject o = obj.eval(f);
                PyObject cur = Attributes.get(o, name);
                PyObject rhs = v.eval(f);
                f.at = a;
                Attributes.set(o, name, Ops.inplace(op, cur, rhs));
                return Exec.NORMAL;
            };
        }
        Expr.Subscript sub = (Expr.Subscript) target;
        Eval obj = exprs().compile(sub.value()), key = exprs().compile(sub.slice());
        return f -> {
            PyObject o = obj.eval(f);
            PyObject k = key.eval(f);
            f.at = sub;
            PyObject cur = Items.getItem(o, k);
            PyObject rhs = v.eval(f);
            f.at = a;
            Items.setItem(o, k, Ops.inplace(op, cur, rhs));
            return Exec.NORMAL;
        };
    }

    private Exec ifStmt(Stmt.If i) {
        Conditions.Test test = headerTest(i, i.test(), i.pos().line());
        Exec body = block(i.body());
        Exec orelse = i.orelse().isEmpty() ? null : block(i.orelse());
        return f -> {
            if (test.test(f)) return body.exec(f);
            return orelse == null ? Exec.NORMAL : orelse.exec(f);
        };
    }

    private Exec whileStmt(Stmt.While w) {
        int line = w.pos().line();
        Conditions.Test test = headerTest(w, w.test(), line);
        Exec body = block(w.body());
        Exec orelse = w.orelse().isEmpty() ? null : block(w.orelse());
        // CPython repeats the test after the body; a test below the while line reports its own lines
        boolean backToWhileLine = !headerBelowLine(w);
        return f -> {
            boolean first = true;
            while (true) {
                if (!first && backToWhileLine) f.traceLineAgain(line);
                first = false;
                if (!test.test(f)) break;
                int st = body.exec(f);
                if (st == Exec.BREAK) return Exec.NORMAL;
                if (st == Exec.RETURN) return st;
            }
            return orelse == null ? Exec.NORMAL : orelse.exec(f);
        };
    }

    private Exec forStmt(Stmt.For fo) {
        int line = fo.pos().line();
        Eval header = header(fo.iter(), line);
        // GET_ITER runs back on the for line
        Eval iterable = headerBelowLine(fo) ? f -> {
            PyObject v = header.eval(f);
            f.traceLine(line);
            return v;
        } : header;
        Loop loop = new Loop(fo, new Targets(cc).compile(fo.target()), block(fo.body()),
            fo.orelse().isEmpty() ? null : block(fo.orelse()), line);
        // an iterator the loop made itself dies with the loop: a generator left suspended is closed
        boolean temporary = fo.iter() instanceof Expr.Call || fo.iter() instanceof Expr.GeneratorExp;
        return f -> {
            PyObject it = Ops.iter(iterable.eval(f));
            if (!temporary) return loop.run(f, it);
            int status;
            try {
                status = loop.run(f, it);
            } catch (PyRaise e) {
                // CPython reports the exception here first, then drops the loop's iterator on the way out
                Calls.reportException(f, e);
                closeIfUnfinished(it);
                throw e;
            }
            closeIfUnfinished(it);
            return status;
        };
    }

    private static void closeIfUnfinished(PyObject iterator) {
        if (iterator instanceof PyGenerator g && g.isUnfinished()) g.close();
    }

    /** The compiled parts of a for loop. Each jump back to the head reports its line again. */
    private record Loop(Stmt.For node, Targets.Assign target, Exec body, Exec orelse, int line) {
        int run(PyFrame f, PyObject it) {
            boolean first = true;
            while (true) {
                if (!first) f.traceLineAgain(line);
                first = false;
                f.at = node; // an error in the iterator points at the for line
                PyObject x = Ops.next(it, f);
                if (x == null) break;
                target.assign(f, x);
                int st = body.exec(f);
                if (st == Exec.BREAK) return Exec.NORMAL;
                if (st == Exec.RETURN) return st;
            }
            return orelse == null ? Exec.NORMAL : orelse.exec(f);
        }
    }

    private Exec functionDef(Stmt.FunctionDef d) {
        Eval make = new Functions(cc).def(d);
        return decorated(d.decorators(), d.pos().line(), make, cc.names.store(d.name()));
    }

    private Exec classDef(Stmt.ClassDef c) {
        Eval make = new Functions(cc).classDef(c);
        return decorated(c.decorators(), c.pos().line(), make, cc.names.store(c.name()));
    }

    /**
     * Decorators are evaluated first (each on its line), the object is made on the def line,
     * the decorators are applied innermost first (back on their lines), and the name is stored
     * on the def line again: the line events CPython 3.11 reports.
     */
    private Exec decorated(List<Expr> decorators, int defLine, Eval make, NameAccess.Store store) {
        if (decorators.isEmpty()) {
            return f -> {
                store.store(f, make.eval(f));
                return Exec.NORMAL;
            };
        }
        Eval[] decos = decorators.stream()
            .map(e -> exprs().withTracking(e.pos().endLine() > e.pos().line(), () -> exprs().compile(e)))
            .toArray(Eval[]::new);
        int[] lines = decorators.stream().mapToInt(e -> e.pos().line()).toArray();
        return f -> {
            PyObject[] fns = new PyObject[decos.length];
            for (int i = 0; i < decos.length; i++) {
                f.traceLine(lines[i]);
                fns[i] = decos[i].eval(f);
            }
            f.traceLine(defLine);
            PyObject obj = make.eval(f);
            for (int i = decos.length - 1; i >= 0; i--) {
                f.traceLine(lines[i]);
                obj = Calls.call(fns[i], new PyObject[] {obj}, null);
            }
            f.traceLine(defLine);
            store.store(f, obj);
            return Exec.NORMAL;
        };
    }

    private Exec delete(Stmt.Delete d) {
        List<Exec> parts = new ArrayList<>();
        for (Expr t : d.targets()) {
            if (t instanceof Expr.Name n) {
                NameAccess.Delete del = cc.names.delete(n.id());
                parts.add(f -> {
                    del.delete(f);
                    return Exec.NORMAL;
                });
            } else if (t instanceof Expr.Subscript s) {
                Eval obj = exprs().compile(s.value()), key = exprs().compile(s.slice());
                parts.add(f -> {
                    PyObject o = obj.eval(f);
                    PyObject k = key.eval(f);
                    f.at = s;
                    Items.delItem(o, k);
                    return Exec.NORMAL;
                });
            } else if (t instanceof Expr.Attribute a) {
                Eval obj = exprs().compile(a.value());
                String name = cc.names.attribute(a.attr());
                parts.add(f -> {
                    PyObject o = obj.eval(f);
                    f.at = a;
                    Attributes.delete(o, name);
                    return Exec.NORMAL;
                });
            } else {
                Expr.Tuple tuple = t instanceof Expr.Tuple tt ? tt : new Expr.Tuple(t.pos(), ((Expr.ListExpr) t).elts());
                parts.add(delete(new Stmt.Delete(d.pos(), tuple.elts())));
            }
        }
        return f -> {
            for (Exec p : parts) p.exec(f);
            return Exec.NORMAL;
        };
    }

}
