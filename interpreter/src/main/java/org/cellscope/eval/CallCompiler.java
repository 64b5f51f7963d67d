package org.cellscope.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Keyword;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;

/** Compiles call expressions: arguments (with * and ** spread), the call's line event, CPython's call errors. */
final class CallCompiler {
    private final ExprCompiler exprs;

    CallCompiler(ExprCompiler exprs) { this.exprs = exprs; }

    /** A call's positional arguments, evaluated straight into the array the callee gets. */
    @FunctionalInterface
    private interface ArgList {
        PyObject[] eval(PyFrame f, PyObject callee);
    }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    private ArgList argList(List<Expr> args, int line) {
        if (args.stream().anyMatch(x -> x instanceof Expr.Starred)) {
            ExprCompiler.Spread spread = exprs.spread(args, line, (callee, v) -> functionStr(callee) + " argument after * must be an iterable, not "
                + v.type().name());
            return (f, callee) -> spread.eval(f, callee).items().toArray(new PyObject[0]);
        }
        Eval[] items = exprs.compileAll(args).toArray(new Eval[0]);
        if (items.length == 0) return (f, callee) -> NO_ARGS; // callees copy their arguments, never write to them
        return (f, callee) -> {
            PyObject[] out = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) out[i] = items[i].eval(f);
            return out;
        };
    }

    Eval call(Expr.Call c) {
        Eval func = exprs.compile(c.func());
        boolean track = exprs.tracking();
        int line = c.func() instanceof Expr.Attribute a ? a.pos().endLine() : c.pos().line();
        int[] temporaries = java.util.stream.IntStream.range(0, c.args().size())
            .filter(i -> c.args().get(i) instanceof Expr.GeneratorExp || c.args().get(i) instanceof Expr.Call).toArray();
        ArgList args = argList(c.args(), c.pos().line());
        if (c.keywords().isEmpty()) {
            return f -> {
                PyObject fn = func.eval(f);
                PyObject[] a = args.eval(f, fn);
                if (track) f.traceLine(line);
                f.at = c;
                return invoke(f, fn, a, null, temporaries);
            };
        }
        List<String> names = new ArrayList<>();
        List<Eval> values = new ArrayList<>();
        boolean methodCall = c.func() instanceof Expr.Attribute;
        for (Keyword k : c.keywords()) {
            names.add(k.name());
            values.add(exprs.compile(k.value()));
        }
        return f -> {
            PyObject fn = func.eval(f);
            PyObject[] a = args.eval(f, fn);
            Map<String, PyObject> kw = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                PyObject v = values.get(i).eval(f);
                if (names.get(i) != null) {
                    kw.put(names.get(i), v);
                } else {
                    if (!(v instanceof PyDict d)) {
                        throw Errors.typeError(functionStr(fn) + " argument after ** must be a mapping, not " + v.type().name());
                    }
                    for (Map.Entry<PyObject, PyObject> en : d.map().entrySet()) {
                        String key = ((PyStr) en.getKey()).value();
                        if (kw.containsKey(key)) {
                            throw Errors.typeError(functionStr(fn) + " got multiple values for keyword argument '" + key + "'");
                        }
                        kw.put(key, en.getValue());
                    }
                }
            }
            if (track) f.traceLine(line);
            f.at = c;
            // traced, CPython 3.11 binds the descriptor before calling it, and the refusal says the bare name
            if (methodCall && !kw.isEmpty() && f.runner.listener == null) TypeMethods.refuseKeywordsAsDescriptor(fn);
            return invoke(f, fn, a, kw, temporaries);
        };
    }

    /** How CPython names a callable in call errors (_PyObject_FunctionStr): {@code __main__.point()}. */
    private static String functionStr(PyObject fn) {
        if (fn instanceof PyFunction f) return "__main__." + f.qualname + "()";
        if (fn instanceof org.cellscope.runtime.PyBuiltin b) return b.name() + "()";
        return fn.type().name() + " object";
    }

    /** A generator made for a call's argument is closed when it dies with the call (see {@link Temporaries}). */
    private static PyObject invoke(PyFrame f, PyObject fn, PyObject[] args, Map<String, PyObject> kw, int[] temporaries) {
        if (temporaries.length == 0) return Calls.call(fn, args, kw);
        PyObject result = null;
        try {
            result = Calls.call(fn, args, kw);
            return result;
        } finally {
            Temporaries.release(fn, args, temporaries, result, f);
        }
    }
}
