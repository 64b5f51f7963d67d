package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.ast.ExceptHandler;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Stmt;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyTuple;


/** Compiles statements to {@link Exec} closures that report a line event as each one starts. */
final class StmtCompiler {
    private final Compiler.CodeCompiler cc;

    StmtCompiler(Compiler.CodeCompiler cc) { this.cc = cc; }

    private ExprCompiler exprs() { return cc.exprs(); }

    Exec block(List<Stmt> body) {
        Exec[] stmts = new Exec[body.size()];
        for (int i = 0; i < stmts.length; i++) stmts[i] = compile(body.get(i));
        if (stmts.length == 1) return stmts[0];
        return f -> {
            for (Exec s : stmts) {
                int st = s.exec(f);
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
        return f -> {
            f.line = -1;
            return b.exec(f);
        };
    }

    Exec compile(Stmt s) {
        boolean spansLines = s.pos().endLine() > s.pos().line() && isSimple(s);
        Exec body = exprs().withTracking(spansLines, () -> compileBare(s));
        // global and nonlocal compile to no instructions, so CPython reports no line for them
        if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) return body;
        if (spansLines) {
            // its first instruction (maybe on a later line) reports the line, as in CPython
            return f -> {
                f.at = s;
                return body.exec(f);
            };
        }
        int line = firstLine(s);
        return f -> {
            f.traceLine(line);
            f.at = s;
            return body.exec(f);
        };
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
        if (s instanceof Stmt.AnnAssign a) {
            if (a.value() == null) return f -> Exec.NORMAL;
            Eval v = exprs().compile(a.value());
            Targets.Assign t = new Targets(cc).compile(a.target());
            return f -> {
                t.assign(f, v.eval(f));
                return Exec.NORMAL;
            };
        }
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
        if (s instanceof Stmt.Assert a) return assertStmt(a);
        if (s instanceof Stmt.Raise r) return raise(r);
        if (s instanceof Stmt.Try t) return tryStmt(t);
        if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) return Imports.compile(s, cc);
        if (s instanceof Stmt.With w) return with(w.items(), 0, block(w.body()), w.pos().line());
        throw Unsupported.feature(s.getClass().getSimpleName() + " statements", s.pos());
    }

    /**
     * {@code with a as x, b:} nests one context per item. __exit__ runs back on the with line,
     * which CPython's trace reports as a new line event.
     */
    private Exec with(List<org.cellscope.ast.WithItem> items, int index, Exec body, int line) {
        org.cellscope.ast.WithItem item = items.get(index);
        Eval context = exprs().compile(item.context());
        Targets.Assign target = item.target() == null ? null : new Targets(cc).compile(item.target());
        Exec inner = index + 1 < items.size() ? with(items, index + 1, body, line) : body;
        return f -> {
            PyObject manager = context.eval(f);
            PyObject exit = specialMethod(manager, "__exit__");
            PyObject enter = specialMethod(manager, "__enter__");
            PyObject entered = Calls.call(enter, new PyObject[0], null);
            if (target != null) target.assign(f, entered);
            int st;
            try {
                st = inner.exec(f);
            } catch (PyRaise e) {
                Calls.reportException(f, e);
                int raisedAt = f.line;
                f.traceLine(line);
                PyBaseException exc = e.exception();
                PyObject suppress = Calls.call(exit, new PyObject[] {exc.type(), exc, PyNone.NONE}, null);
                if (Ops.truthy(suppress)) return Exec.NORMAL;
                throw reraise(f, e, raisedAt);
            }
            PyObject rv = f.returnValue;
            f.traceLine(line);
            Calls.call(exit, new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
            f.returnValue = rv;
            return st;
        };
    }

    /** A context manager's method, with 3.11's error when the object is not one. */
    private static PyObject specialMethod(PyObject manager, String name) {
        PyObject m = Attributes.find(manager, name);
        if (m == null) throw Errors.typeError("'" + manager.type().name() + "' object does not support the context manager protocol");
        return m;
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
            PyObject cur = Items.getItem(o, k);
            PyObject rhs = v.eval(f);
            f.at = a;
            Items.setItem(o, k, Ops.inplace(op, cur, rhs));
            return Exec.NORMAL;
        };
    }

    private Exec ifStmt(Stmt.If i) {
        Eval test = exprs().compile(i.test());
        Exec body = block(i.body());
        Exec orelse = i.orelse().isEmpty() ? null : block(i.orelse());
        return f -> {
            if (Ops.truthy(test.eval(f))) return body.exec(f);
            return orelse == null ? Exec.NORMAL : orelse.exec(f);
        };
    }

    private Exec whileStmt(Stmt.While w) {
        Eval test = exprs().compile(w.test());
        Exec body = block(w.body());
        Exec orelse = w.orelse().isEmpty() ? null : block(w.orelse());
        int line = w.pos().line();
        return f -> {
            boolean first = true;
            while (true) {
                if (!first) f.traceLineAgain(line);
                first = false;
                if (!Ops.truthy(test.eval(f))) break;
                int st = body.exec(f);
                if (st == Exec.BREAK) return Exec.NORMAL;
                if (st == Exec.RETURN) return st;
            }
            return orelse == null ? Exec.NORMAL : orelse.exec(f);
        };
    }

    private Exec forStmt(Stmt.For fo) {
        Eval iterable = exprs().compile(fo.iter());
        Targets.Assign target = new Targets(cc).compile(fo.target());
        Exec body = block(fo.body());
        Exec orelse = fo.orelse().isEmpty() ? null : block(fo.orelse());
        int line = fo.pos().line();
        return f -> {
            PyObject it = Ops.iter(iterable.eval(f));
            boolean first = true;
            while (true) {
                if (!first) f.traceLineAgain(line);
                first = false;
                PyObject x = Ops.next(it);
                if (x == null) break;
                target.assign(f, x);
                int st = body.exec(f);
                if (st == Exec.BREAK) return Exec.NORMAL;
                if (st == Exec.RETURN) return st;
            }
            return orelse == null ? Exec.NORMAL : orelse.exec(f);
        };
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
        Eval[] decos = exprs().compileAll(decorators).toArray(new Eval[0]);
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

    private Exec assertStmt(Stmt.Assert a) {
        Eval test = exprs().compile(a.test());
        Eval msg = a.msg() == null ? null : exprs().compile(a.msg());
        return f -> {
            if (!Ops.truthy(test.eval(f))) {
                PyTuple args = msg == null ? PyTuple.EMPTY : PyTuple.of(msg.eval(f));
                throw new PyRaise(new PyBaseException(Errors.ASSERTION_ERROR, args));
            }
            return Exec.NORMAL;
        };
    }

    private Exec raise(Stmt.Raise r) {
        Eval exc = r.exc() == null ? null : exprs().compile(r.exc());
        Eval cause = r.cause() == null ? null : exprs().compile(r.cause());
        return f -> {
            if (exc == null) {
                if (f.handling == null) throw Errors.raise(Errors.RUNTIME_ERROR, "No active exception to reraise");
                PyRaise again = new PyRaise(f.handling);
                again.reportedIn = f; // a re-raise reports no new exception event, as CPython's RERAISE
                throw again;
            }
            PyBaseException e = Exceptions.make(exc.eval(f));
            if (cause != null) {
                PyObject c = cause.eval(f);
                e.setCause(c == PyNone.NONE ? null : Exceptions.make(c));
            }
            f.at = r;
            throw new PyRaise(e);
        };
    }

    private Exec tryStmt(Stmt.Try t) {
        Exec body = block(t.body());
        List<Handler> handlers = new ArrayList<>();
        for (ExceptHandler h : t.handlers()) {
            handlers.add(new Handler(h.type() == null ? null : exprs().compile(h.type()),
                h.name() == null ? null : cc.names.store(h.name()), h.name() == null ? null : cc.names.delete(h.name()),
                block(h.body()), h.pos().line()));
        }
        Exec orelse = t.orelse().isEmpty() ? null : block(t.orelse());
        Exec finalbody = t.finalbody().isEmpty() ? null : block(t.finalbody());
        Exec guarded = handlers.isEmpty() && orelse == null ? body : f -> {
            int st;
            try {
                st = body.exec(f);
            } catch (PyRaise e) {
                Calls.reportException(f, e);
                return handle(f, e, handlers);
            }
            return orelse == null || st != Exec.NORMAL ? st : orelse.exec(f);
        };
        if (finalbody == null) return guarded;
        return f -> {
            int st;
            try {
                st = guarded.exec(f);
            } catch (PyRaise e) {
                Calls.reportException(f, e);
                int raisedAt = f.line;
                int fst = finalbody.exec(f);
                if (fst != Exec.NORMAL) return fst; // return/break in finally swallows the exception
                throw reraise(f, e, raisedAt);
            }
            PyObject rv = f.returnValue;
            int fst = finalbody.exec(f);
            if (fst != Exec.NORMAL) return fst;
            f.returnValue = rv;
            return st;
        };
    }

    private record Handler(Eval type, NameAccess.Store bind, NameAccess.Delete unbind, Exec body, int line) {}

    /**
     * Re-raising after a finally, an unmatched except or an __exit__: CPython's RERAISE puts the
     * frame back on the line that raised, without a new exception event.
     */
    private static PyRaise reraise(PyFrame f, PyRaise e, int raisedAt) {
        f.line = raisedAt;
        return e;
    }

    private static int handle(PyFrame f, PyRaise e, List<Handler> handlers) {
        PyBaseException exc = e.exception();
        int raisedAt = f.line;
        for (Handler h : handlers) {
            f.traceLine(h.line);
            if (h.type != null && !Exceptions.matches(exc, h.type.eval(f))) continue;
            if (h.bind != null) h.bind.store(f, exc);
            PyBaseException saved = f.handling;
            f.handling = exc;
            try {
                return h.body.exec(f);
            } catch (PyRaise inner) {
                if (inner.exception() != exc && inner.exception().context() == null) inner.exception().setContext(exc);
                throw inner;
            } finally {
                f.handling = saved;
                if (h.unbind != null) {
                    try {
                        h.unbind.delete(f);
                    } catch (PyRaise ignored) {
                        // the handler already deleted the name itself
                    }
                }
            }
        }
        throw reraise(f, e, raisedAt);
    }

}
