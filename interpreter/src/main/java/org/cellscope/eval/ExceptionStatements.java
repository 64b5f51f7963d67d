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

/**
 * The statements about exceptions and cleanup: raise, assert, try/except/else/finally and with.
 * They report an exception event where CPython does and chain exceptions raised while another
 * is handled.
 */
final class ExceptionStatements {
    private final Compiler.CodeCompiler cc;
    private final StmtCompiler stmts;

    ExceptionStatements(Compiler.CodeCompiler cc, StmtCompiler stmts) {
        this.cc = cc;
        this.stmts = stmts;
    }

    /**
     * {@code with a as x, b:} nests one context per item. __exit__ runs back on the with line,
     * which CPython's trace reports as a new line event. An item below the with line reports its
     * lines: the context's, the with line's for __enter__, the target's for storing.
     */
    Exec with(Stmt.With w, int index, Exec body) {
        List<org.cellscope.ast.WithItem> items = w.items();
        int line = w.pos().line();
        org.cellscope.ast.WithItem item = items.get(index);
        Eval context = stmts.header(item.context(), line);
        Targets.Assign target = item.target() == null ? null : new Targets(cc).compile(item.target());
        boolean below = item.context().pos().endLine() > line;
        int targetLine = item.target() == null ? line : item.target().pos().line();
        Exec inner = index + 1 < items.size() ? with(w, index + 1, body) : body;
        return f -> {
            PyObject manager = context.eval(f);
            if (below) f.traceLine(line);
            PyObject exit = specialMethod(manager, "__exit__");
            PyObject enter = specialMethod(manager, "__enter__");
            PyObject entered = Calls.call(enter, new PyObject[0], null);
            if (below) f.traceLine(targetLine);
            if (target != null) target.assign(f, entered);
            int st;
            try {
                st = inner.exec(f);
            } catch (PyRaise e) {
                Calls.reportException(f, e);
                int raisedAt = f.line;
                f.traceLine(line);
                f.at = w; // an error in __exit__ points at the with statement
                PyBaseException exc = e.exception();
                PyObject suppress = Calls.call(exit, new PyObject[] {exc.type(), exc, PyNone.NONE}, null);
                if (Ops.truthy(suppress)) return Exec.NORMAL;
                throw reraise(f, e, raisedAt);
            }
            PyObject rv = f.returnValue;
            f.traceLine(line);
            f.at = w;
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


    /** A failing assert makes its AssertionError where the compiler is left after the test, over several lines too. */
    Exec assertStmt(Stmt.Assert a) {
        int line = a.pos().line();
        Conditions.Test test = cc.exprs().condition(a.test(), line, a);
        Eval msg = a.msg() == null ? null : cc.exprs().compile(a.msg());
        boolean track = cc.exprs().tracking();
        Expr.Compare lastJump = Conditions.lastComparison(a.test());
        org.cellscope.ast.Node raiseAt = lastJump == null ? a : lastJump;
        int raiseLine = raiseAt.pos().line();
        return f -> {
            if (!test.test(f)) {
                if (track) f.traceLine(raiseLine);
                PyTuple args = msg == null ? PyTuple.EMPTY : PyTuple.of(msg.eval(f));
                if (track) f.traceLine(raiseLine);
                f.at = raiseAt;
                throw new PyRaise(new PyBaseException(Errors.ASSERTION_ERROR, args));
            }
            return Exec.NORMAL;
        };
    }

    Exec raise(Stmt.Raise r) {
        Eval exc = r.exc() == null ? null : cc.exprs().compile(r.exc());
        Eval cause = r.cause() == null ? null : cc.exprs().compile(r.cause());
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
                e.setCause(c == PyNone.NONE ? null : Exceptions.makeCause(c));
            }
            f.at = r;
            throw new PyRaise(e);
        };
    }

    Exec tryStmt(Stmt.Try t) {
        Exec body = stmts.block(t.body());
        List<Handler> handlers = new ArrayList<>();
        for (ExceptHandler h : t.handlers()) {
            handlers.add(new Handler(handlerType(h),
                h.name() == null ? null : cc.names.store(h.name()), h.name() == null ? null : cc.names.delete(h.name()),
                stmts.block(h.body())));
        }
        Exec orelse = t.orelse().isEmpty() ? null : stmts.block(t.orelse());
        Exec finalbody = t.finalbody().isEmpty() ? null : stmts.block(t.finalbody());
        Exec guarded = handlers.isEmpty() && orelse == null ? body : f -> {
            int st;
            try {
                st = body.exec(f);
            } catch (PyRaise | OutOfMemoryError thrown) {
                PyRaise e = Calls.asPython(thrown);
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
            } catch (PyRaise | OutOfMemoryError thrown) {
                PyRaise e = Calls.asPython(thrown);
                Calls.reportException(f, e);
                // the finally runs "during handling" of e: what it raises gets e as context;
                // the re-raise after it stays on the finally's last line (CPython's RERAISE 0)
                PyBaseException saved = f.handling;
                f.handling = e.exception();
                int fst;
                try {
                    fst = finalbody.exec(f);
                } catch (PyRaise inner) {
                    chain(inner, e.exception());
                    throw inner;
                } finally {
                    f.handling = saved;
                }
                if (fst != Exec.NORMAL) return fst; // return/break in finally swallows the exception
                throw e;
            }
            PyObject rv = f.returnValue;
            int fst = finalbody.exec(f);
            if (fst != Exec.NORMAL) return fst;
            f.returnValue = rv;
            return st;
        };
    }

    /** The exception type an except clause matches (null: any), reported on the except line as CHECK_EXC_MATCH is. */
    private record Handler(Eval type, NameAccess.Store bind, NameAccess.Delete unbind, Exec body) {}

    /** A type below the except line reports its own lines first, then the except line. */
    private Eval handlerType(ExceptHandler h) {
        int line = h.pos().line();
        if (h.type() == null) return f -> {
            f.traceLine(line);
            return null;
        };
        Eval type = stmts.header(h.type(), line);
        if (h.type().pos().endLine() <= line) return f -> {
            f.traceLine(line);
            return type.eval(f);
        };
        return f -> {
            PyObject t = type.eval(f);
            f.traceLine(line);
            return t;
        };
    }

    /** An exception raised while another is handled remembers it as its context. */
    private static void chain(PyRaise raised, PyBaseException handled) {
        PyBaseException e = raised.exception();
        if (e != handled && e.context() == null) e.setContext(handled);
    }

    /**
     * Re-raising after an __exit__: CPython's RERAISE 1 puts the
     * frame back on the line that raised, without a new exception event.
     */
    private static PyRaise reraise(PyFrame f, PyRaise e, int raisedAt) {
        f.line = raisedAt;
        return e;
    }

    private static int handle(PyFrame f, PyRaise e, List<Handler> handlers) {
        PyBaseException exc = e.exception();
        for (Handler h : handlers) {
            PyObject type = h.type.eval(f);
            if (type != null && !Exceptions.matches(exc, type)) continue;
            if (h.bind != null) h.bind.store(f, exc);
            PyBaseException saved = f.handling;
            f.handling = exc;
            try {
                return h.body.exec(f);
            } catch (PyRaise inner) {
                chain(inner, exc);
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
        throw e; // RERAISE 0: the frame stays on the last except line it tested
    }

}
