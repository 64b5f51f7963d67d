package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.ast.CmpOp;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Operator;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PySlice;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;

/** Compiles expressions to {@link Eval} closures. */
final class ExprCompiler {
    private final Compiler.CodeCompiler cc;
    private final CallCompiler calls = new CallCompiler(this);

    /**
     * True while compiling a statement that spans several lines: then, as CPython's instructions
     * carry their own lines, evaluation reports a line event whenever it moves to another line.
     */
    private boolean tracking;

    private final Conditions conditions = new Conditions(this);

    ExprCompiler(Compiler.CodeCompiler cc) { this.cc = cc; }

    /** The test of a conditional jump; see {@link Conditions}. */
    Conditions.Test condition(Expr test, int jumpLine, org.cellscope.ast.Node owner) {
        return conditions.compile(test, jumpLine, owner);
    }

    /** Compiles the expressions of one statement; line tracking is on when the statement spans lines. */
    <T> T withTracking(boolean on, java.util.function.Supplier<T> compile) {
        boolean saved = tracking;
        tracking = on;
        try {
            return compile.get();
        } finally {
            tracking = saved;
        }
    }

    boolean tracking() { return tracking; }

    Eval compile(Expr e) {
        PyObject folded = ConstantFolding.folded(e);
        boolean constantDisplay = tracking && ConstantFolding.constantDisplay(e);
        Eval raw = folded != null ? constant(folded) : constantDisplay ? withTracking(false, () -> node(e)) : node(e);
        // a call reports its own line before calling, and/or and a conditional expression their jumps
        if (!tracking || e instanceof Expr.Call || e instanceof Expr.IfExp || e instanceof Expr.BoolOp) return raw;
        int line = e instanceof Expr.Attribute a ? a.pos().endLine() : e.pos().line();
        if (folded != null || constantDisplay || isLeaf(e)) {
            return f -> {
                f.traceLine(line);
                return raw.eval(f);
            };
        }
        return f -> {
            PyObject v = raw.eval(f);
            f.traceLine(line);
            return v;
        };
    }

    private static boolean isLeaf(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.IntLit || e instanceof Expr.StrLit || e instanceof Expr.FloatLit
            || e instanceof Expr.BoolLit || e instanceof Expr.NoneLit || e instanceof Expr.EllipsisLit;
    }

    private Eval node(Expr e) {
        if (e instanceof Expr.Name n) return cc.names.load(n);
        if (e instanceof Expr.IntLit i) return constant(PyInt.of(i.value()));
        if (e instanceof Expr.StrLit s) return constant(PyStr.of(s.value()));
        if (e instanceof Expr.FloatLit fl) return constant(new PyFloat(fl.value()));
        if (e instanceof Expr.BoolLit b) return constant(PyBool.of(b.value()));
        if (e instanceof Expr.NoneLit) return constant(PyNone.NONE);
        if (e instanceof Expr.EllipsisLit) return constant(PyNone.ELLIPSIS);
        if (e instanceof Expr.BinOp b) return binOp(b);
        if (e instanceof Expr.UnaryOp u) {
            Eval operand = compile(u.operand());
            return f -> {
                PyObject v = operand.eval(f);
                f.at = u;
                return Ops.unary(u.op(), v);
            };
        }
        if (e instanceof Expr.BoolOp b) return boolOp(b);
        if (e instanceof Expr.Compare c) return compare(c);
        if (e instanceof Expr.IfExp i) {
            int line = i.pos().line();
            Conditions.Test test = condition(i.test(), line, i);
            Eval body = compile(i.body()), orelse = compile(i.orelse());
            boolean track = tracking;
            return f -> {
                if (!test.test(f)) return orelse.eval(f);
                PyObject v = body.eval(f);
                if (track) f.traceLine(line); // the jump over the else part
                return v;
            };
        }
        if (e instanceof Expr.NamedExpr n) {
            Eval value = compile(n.value());
            NameAccess.Store store = cc.names.store(n.target().id());
            return f -> {
                PyObject v = value.eval(f);
                store.store(f, v);
                return v;
            };
        }
        if (e instanceof Expr.Call c) return calls.call(c);
        if (e instanceof Expr.Attribute a) {
            Eval obj = compile(a.value());
            String name = cc.names.attribute(a.attr());
            return f -> {
                PyObject o = obj.eval(f);
                f.at = a;
                return Attributes.get(o, name);
            };
        }
        if (e instanceof Expr.Subscript s) {
            Eval obj = compile(s.value()), key = compile(s.slice());
            return f -> {
                PyObject o = obj.eval(f);
                PyObject k = key.eval(f);
                f.at = s;
                return Items.getItem(o, k);
            };
        }
        if (e instanceof Expr.Slice s) {
            Eval lo = optional(s.lower()), hi = optional(s.upper()), st = optional(s.step());
            return f -> new PySlice(lo.eval(f), hi.eval(f), st.eval(f));
        }
        if (e instanceof Expr.ListExpr l) {
            Eval items = sequence(l.elts(), l.pos().line(), (callee, v) -> "Value after * must be an iterable, not " + v.type().name());
            return f -> new PyList(((PyTuple) items.eval(f)).items());
        }
        if (e instanceof Expr.Tuple t) {
            return sequence(t.elts(), t.pos().line(), (callee, v) -> "Value after * must be an iterable, not " + v.type().name());
        }
        if (e instanceof Expr.SetExpr s) {
            Eval items = sequence(s.elts(), s.pos().line(), (callee, v) -> "'" + v.type().name() + "' object is not iterable");
            boolean constant = SetMethods.isConstantDisplay(s.elts());
            return f -> {
                PyTuple values = (PyTuple) items.eval(f);
                f.at = s; // an unhashable member is reported under the whole display
                return SetMethods.display(values.items(), constant);
            };
        }
        if (e instanceof Expr.DictExpr d) return dict(d);
        if (e instanceof Expr.JoinedStr j) return joinedStr(j);
        if (e instanceof Expr.FormattedValue fv) return formattedValue(fv);
        if (e instanceof Expr.Lambda l) return new Functions(cc).lambda(l);
        if (e instanceof Expr.Yield y) {
            Eval value = y.value() == null ? constant(PyNone.NONE) : compile(y.value());
            return f -> {
                PyObject v = value.eval(f);
                f.at = y;
                return f.generator.yield(v);
            };
        }
        if (e instanceof Expr.YieldFrom y) {
            Eval source = compile(y.value());
            return f -> {
                PyObject src = source.eval(f);
                f.at = y;
                return yieldFrom(f, src);
            };
        }
        if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
            || e instanceof Expr.GeneratorExp) {
            return new Functions(cc).comprehension(e);
        }
        if (e instanceof Expr.Starred s) {
            throw new org.cellscope.parse.PySyntaxError("can't use starred expression here", s.pos().line(), s.pos().col() + 1);
        }
        throw new org.cellscope.parse.UnsupportedFeature(describe(e) + " are not supported by Cellscope yet",
            e.pos().line(), e.pos().col() + 1);
    }

    /** {@code yield from}: passes values and sends through to a sub-iterator; its return value is the result. */
    private static PyObject yieldFrom(PyFrame f, PyObject iterable) {
        PyObject it = Ops.iter(iterable);
        if (!(it instanceof PyGenerator sub)) {
            for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) f.generator.yield(x);
            return PyNone.NONE;
        }
        PyObject sent = PyNone.NONE;
        while (true) {
            PyObject v;
            try {
                v = sub.send(sent);
            } catch (org.cellscope.runtime.PyRaise r) {
                if (!r.exception().type().isSubtypeOf(Errors.STOP_ITERATION)) throw r;
                org.cellscope.runtime.PyTuple args = r.exception().args();
                // CPython 3.11 reports the sub-generator's StopIteration only when it carries a value
                if (args.size() > 0) Calls.reportException(f, r);
                return args.size() > 0 ? args.get(0) : PyNone.NONE;
            }
            sent = f.generator.yield(v);
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.ImagLit) return "complex numbers";
        if (e instanceof Expr.BytesLit) return "bytes literals";
        return e.getClass().getSimpleName();
    }

    private static Eval constant(PyObject v) { return f -> v; }

    private Eval optional(Expr e) { return e == null ? constant(PyNone.NONE) : compile(e); }

    List<Eval> compileAll(List<Expr> es) {
        List<Eval> out = new ArrayList<>(es.size());
        for (Expr e : es) out.add(compile(e));
        return out;
    }

    private Eval binOp(Expr.BinOp b) {
        Eval left = compile(b.left()), right = compile(b.right());
        Operator op = b.op();
        if (op == Operator.ADD) {
            return f -> {
                PyObject x = left.eval(f), y = right.eval(f);
                if (x instanceof PyInt i && y instanceof PyInt j && i.isSmall() && j.isSmall()) {
                    long r = i.longValue() + j.longValue();
                    if (((i.longValue() ^ r) & (j.longValue() ^ r)) >= 0) return PyInt.of(r);
                }
                f.at = b;
                return Ops.binary(op, x, y);
            };
        }
        return f -> {
            PyObject x = left.eval(f), y = right.eval(f);
            f.at = b;
            return Ops.binary(op, x, y);
        };
    }

    private Eval boolOp(Expr.BoolOp b) {
        Eval[] values = compileAll(b.values()).toArray(new Eval[0]);
        boolean isAnd = b.isAnd();
        int last = values.length - 1;
        boolean track = tracking;
        int line = b.pos().line();
        return f -> {
            // each operand but the last jumps on the first line; the last one's truth is not asked
            for (int i = 0; i < last; i++) {
                PyObject v = values[i].eval(f);
                if (track) f.traceLine(line);
                f.at = b;
                if (Ops.truthy(v) != isAnd) return v;
            }
            return values[last].eval(f);
        };
    }

    private Eval compare(Expr.Compare c) {
        Eval left = compile(c.left());
        Eval[] rights = compileAll(c.comparators()).toArray(new Eval[0]);
        CmpOp[] ops = c.ops().toArray(new CmpOp[0]);
        // each comparison of a chain runs back on the first line, after its right operand
        boolean track = tracking;
        int line = c.pos().line();
        return f -> {
            PyObject a = left.eval(f);
            PyObject result = PyBool.TRUE;
            for (int i = 0; i < ops.length; i++) {
                PyObject b = rights[i].eval(f);
                if (track) f.traceLine(line);
                f.at = c;
                result = Ops.compare(ops[i], a, b);
                if (!Ops.truthy(result)) return result;
                a = b;
            }
            return result;
        };
    }

    /** How a display or call words a non-iterable after *, given the callee (of a call) and the value. */
    @FunctionalInterface
    interface SpreadComplaint {
        String text(PyObject callee, PyObject value);
    }

    /** Items with * spread among them, evaluated for a callee (null for a display). */
    @FunctionalInterface
    interface Spread {
        PyTuple eval(PyFrame f, PyObject callee);
    }

    /**
     * How many values CPython 3.11 pushes before building a display item by item instead
     * (STACK_USE_GUIDELINE); each item added that way is traced on the display's first line.
     */
    private static final int STACK_USE_GUIDELINE = 30;

    /** Evaluates elements (with *unpacking) into a tuple. */
    private Eval sequence(List<Expr> elts, int line, SpreadComplaint complaint) {
        if (elts.stream().anyMatch(x -> x instanceof Expr.Starred) || tracking && elts.size() > STACK_USE_GUIDELINE) {
            Spread spread = spread(elts, line, complaint);
            return f -> spread.eval(f, null);
        }
        Eval[] items = compileAll(elts).toArray(new Eval[0]);
        return f -> {
            PyObject[] out = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) out[i] = items[i].eval(f);
            return PyTuple.of(out);
        };
    }

    /**
     * Elements with * spread among them (or too many to push), as CPython's starunpack_helper
     * builds them: the items before the first * are pushed, then the list is built and each
     * later item (the first of a big display too) is added to it on the display's line.
     */
    Spread spread(List<Expr> elts, int line, SpreadComplaint complaint) {
        List<Eval> parts = new ArrayList<>();
        List<Boolean> spread = new ArrayList<>();
        for (Expr x : elts) {
            boolean s = x instanceof Expr.Starred;
            parts.add(compile(s ? ((Expr.Starred) x).value() : x));
            spread.add(s);
        }
        boolean track = tracking, big = elts.size() > STACK_USE_GUIDELINE;
        return (f, callee) -> {
            List<PyObject> out = new ArrayList<>();
            boolean built = big;
            if (track && built) f.traceLine(line);
            for (int i = 0; i < parts.size(); i++) {
                if (track && !built && spread.get(i)) {
                    f.traceLine(line);
                    built = true;
                }
                PyObject v = parts.get(i).eval(f);
                if (!spread.get(i)) {
                    out.add(v);
                } else if (Ops.isIterable(v)) {
                    out.addAll(Ops.toList(v));
                } else {
                    throw Errors.typeError(complaint.text(callee, v));
                }
                if (track && built) f.traceLine(line);
            }
            return PyTuple.of(out);
        };
    }

    private Eval dict(Expr.DictExpr d) {
        List<Eval> keys = new ArrayList<>();
        for (Expr k : d.keys()) keys.add(k == null ? null : compile(k));
        List<Eval> values = compileAll(d.values());
        boolean[] before = new boolean[values.size()], after = new boolean[values.size()];
        if (tracking) dictBuildLines(d.keys(), before, after);
        int line = d.pos().line();
        return f -> {
            PyDict out = new PyDict();
            for (int i = 0; i < values.size(); i++) {
                if (before[i]) f.traceLine(line);
                if (keys.get(i) == null) {
                    PyObject other = values.get(i).eval(f);
                    if (!(other instanceof PyDict od)) throw Errors.typeError("'" + other.type().name() + "' object is not a mapping");
                    out.map().putAll(od.map());
                } else {
                    PyObject k = keys.get(i).eval(f);
                    out.map().put(Hashing.key(k), values.get(i).eval(f));
                }
                if (after[i]) f.traceLine(line);
            }
            return out;
        };
    }

    /**
     * Which items of a dict display CPython 3.11's compiler_dict follows (or precedes) with an
     * instruction on the display's line: pairs go in chunks of at most 17, closed by ** or by the
     * 17th pair; a chunk of 16 or more is built pair by pair (BUILD_MAP 0, MAP_ADD), a smaller one
     * at its end; each ** value is merged in after it (DICT_UPDATE), into a dict built first if none is.
     */
    private static void dictBuildLines(List<Expr> keys, boolean[] before, boolean[] after) {
        int pending = 0;
        boolean haveDict = false;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null) {
                if (pending > 0) chunkLines(i - pending, i, before, after);
                if (pending == 0 && !haveDict) before[i] = true;
                haveDict = true;
                pending = 0;
                after[i] = true;
            } else if (pending * 2 > STACK_USE_GUIDELINE) {
                chunkLines(i - pending, i + 1, before, after);
                haveDict = true;
                pending = 0;
            } else {
                pending++;
            }
        }
        if (pending > 0) chunkLines(keys.size() - pending, keys.size(), before, after);
    }

    private static void chunkLines(int begin, int end, boolean[] before, boolean[] after) {
        if ((end - begin) * 2 > STACK_USE_GUIDELINE) {
            before[begin] = true;
            for (int i = begin; i < end; i++) after[i] = true;
        } else {
            after[end - 1] = true;
        }
    }

    private Eval joinedStr(Expr.JoinedStr j) {
        Eval[] parts = compileAll(j.values()).toArray(new Eval[0]);
        return f -> {
            StringBuilder sb = new StringBuilder();
            for (Eval p : parts) sb.append(((PyStr) p.eval(f)).value());
            return PyStr.of(sb.toString());
        };
    }

    private Eval formattedValue(Expr.FormattedValue fv) {
        Eval value = compile(fv.value());
        Eval spec = fv.formatSpec() == null ? null : compile(fv.formatSpec());
        char conv = fv.conversion();
        return f -> {
            PyObject v = value.eval(f);
            if (conv == 'r') v = PyStr.of(Repr.repr(v));
            else if (conv == 's') v = PyStr.of(Repr.str(v));
            else if (conv == 'a') v = PyStr.of(Builtins.ascii(Repr.repr(v)));
            String s = spec == null ? "" : ((PyStr) spec.eval(f)).value();
            return PyStr.of(FormatSpec.format(v, s));
        };
    }
}
