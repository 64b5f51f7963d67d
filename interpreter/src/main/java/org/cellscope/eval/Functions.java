package org.cellscope.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.ast.Arguments;
import org.cellscope.ast.Comprehension;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Stmt;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.scope.Scope;

/** Compiles the expressions that create function objects: def, lambda, comprehensions and class bodies. */
final class Functions {
    private final Compiler.CodeCompiler cc;

    Functions(Compiler.CodeCompiler cc) { this.cc = cc; }

    /** The cells of the enclosing frame that a child code's free variables capture, by slot. */
    private int[] closureSlots(PyCode child) {
        int[] slots = new int[child.freevars.length];
        for (int i = 0; i < slots.length; i++) slots[i] = cc.names.cellSlot(child.freevars[i]);
        return slots;
    }

    private static int indexOf(String[] a, String x) {
        for (int i = 0; i < a.length; i++) if (a[i].equals(x)) return i;
        return -1;
    }

    private static PyCell[] closure(PyFrame f, int[] slots) {
        if (slots.length == 0) return null;
        PyCell[] cells = new PyCell[slots.length];
        for (int i = 0; i < slots.length; i++) cells[i] = f.cells[slots[i]];
        return cells;
    }

    /**
     * Evaluates defaults, keyword-only defaults and annotations in the enclosing scope, in
     * CPython's order, then creates the function object.
     */
    private Eval maker(PyCode code, Arguments args, Expr returns, int defLine) {
        int[] slots = closureSlots(code);
        List<String> kwNames = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        for (int i = 0; i < args.kwonly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                kwNames.add(args.kwonly().get(i).name());
                kwDefaults.add(d);
            }
        }
        List<String> annotated = new ArrayList<>();
        List<Expr> annotations = new ArrayList<>();
        annotationsInOrder(code, args, returns, annotated, annotations);
        // parts on lines of their own report those lines, then MAKE_FUNCTION reports the def line
        boolean track = java.util.stream.Stream.of(args.defaults(), kwDefaults, annotations).flatMap(List::stream)
            .anyMatch(e -> e.pos().endLine() != defLine || e.pos().line() != defLine);
        boolean tracking = track || cc.exprs().tracking();
        Eval[] defaults = cc.exprs().withTracking(tracking, () -> cc.exprs().compileAll(args.defaults()).toArray(new Eval[0]));
        Eval[] kwValues = cc.exprs().withTracking(tracking, () -> cc.exprs().compileAll(kwDefaults).toArray(new Eval[0]));
        Eval[] annotationValues = cc.exprs().withTracking(tracking, () -> cc.exprs().compileAll(annotations).toArray(new Eval[0]));
        return f -> {
            PyObject[] dv = new PyObject[defaults.length];
            for (int i = 0; i < dv.length; i++) dv[i] = defaults[i].eval(f);
            Map<String, PyObject> kw = null;
            if (!kwNames.isEmpty()) {
                kw = new LinkedHashMap<>();
                for (int i = 0; i < kwNames.size(); i++) kw.put(kwNames.get(i), kwValues[i].eval(f));
            }
            PyDict ann = null;
            if (annotationValues.length > 0) {
                ann = new PyDict();
                for (int i = 0; i < annotationValues.length; i++) {
                    if (track) f.traceLine(defLine); // the parameter's name is a constant of the def line
                    ann.map().put(PyStr.of(annotated.get(i)), annotationValues[i].eval(f));
                }
            }
            if (track) f.traceLine(defLine);
            PyFunction fn = new PyFunction(code, f.globals, dv, kw, closure(f, slots));
            fn.annotations = ann;
            return fn;
        };
    }

    /**
     * A def without decorators runs its defaults first: when the first stands on a line below the
     * def line, CPython reports that line first and the def line only when it makes the function.
     */
    static boolean startsBelowDefLine(Stmt.FunctionDef d) {
        if (!d.decorators().isEmpty()) return false;
        Expr first = !d.args().defaults().isEmpty() ? d.args().defaults().get(0)
            : d.args().kwDefaults().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return first != null && first.pos().line() != d.pos().line();
    }

    /** CPython's order: regular parameters, then positional-only, *args, keyword-only, **kwargs, return. */
    private static void annotationsInOrder(PyCode code, Arguments args, Expr returns, List<String> names, List<Expr> values) {
        List<Arguments.Arg> params = new ArrayList<>(args.args());
        params.addAll(args.posonly());
        if (args.vararg() != null) params.add(args.vararg());
        params.addAll(args.kwonly());
        if (args.kwarg() != null) params.add(args.kwarg());
        for (Arguments.Arg p : params) {
            if (p.annotation() != null) {
                names.add(code.scope.mangle(p.name()));
                values.add(p.annotation());
            }
        }
        if (returns != null) {
            names.add("return");
            values.add(returns);
        }
    }

    Eval lambda(Expr.Lambda l) {
        // the implicit return sits on the lambda's own line, the body's instructions on theirs
        org.cellscope.ast.Pos span = new org.cellscope.ast.Pos(l.pos().line(), l.pos().col(), l.body().pos().endLine(),
            l.body().pos().endCol());
        Stmt body = new Stmt.Return(span, l.body());
        PyCode code = cc.compiler.compileFunction(l, l.args(), List.of(body), l.pos().line());
        return maker(code, l.args(), null, l.pos().line());
    }

    Eval def(Stmt.FunctionDef d) {
        int firstLine = d.decorators().isEmpty() ? d.pos().line() : d.decorators().get(0).pos().line();
        PyCode code = cc.compiler.compileFunction(d, d.args(), d.body(), firstLine);
        return maker(code, d.args(), d.returns(), d.pos().line());
    }

    /** A list, set or dict comprehension: a function of its own called with the first iterable's iterator. */
    Eval comprehension(Expr e) {
        List<Comprehension> gens;
        if (e instanceof Expr.ListComp lc) gens = lc.generators();
        else if (e instanceof Expr.SetComp sc) gens = sc.generators();
        else if (e instanceof Expr.GeneratorExp ge) gens = ge.generators();
        else gens = ((Expr.DictComp) e).generators();
        Scope scope = cc.compiler.scopes.scopeOf(e);
        Arguments dotZero = new Arguments(e.pos(), List.of(new Arguments.Arg(e.pos(), ".0", null)), List.of(), null,
            List.of(), List.of(), null, List.of());
        PyCode code = cc.compiler.newCode(scope, dotZero, e.pos().line());
        Compiler.CodeCompiler inner = new Compiler.CodeCompiler(cc.compiler, code);
        code.body = new ComprehensionBody(inner, e, gens).compile();
        int[] slots = closureSlots(code);
        Eval firstIter = cc.exprs().compile(gens.get(0).iter());
        boolean track = cc.exprs().tracking();
        int line = e.pos().line();
        return f -> {
            // over several lines: the function is made on the comprehension's line, the iterable
            // evaluated on its own, and the call made back on the comprehension's line
            if (track) f.traceLine(line);
            PyObject it = Ops.iter(firstIter.eval(f));
            if (track) f.traceLine(line);
            f.at = e;
            PyFunction fn = new PyFunction(code, f.globals, new PyObject[0], null, closure(f, slots));
            return Calls.invoke(fn, new PyObject[] {it}, null);
        };
    }

    /** Runs a class body in its own frame and namespace, then makes the class. */
    Eval classDef(Stmt.ClassDef c) {
        Scope scope = cc.compiler.scopes.scopeOf(c);
        int classLine = c.decorators().isEmpty() ? c.pos().line() : c.decorators().get(0).pos().line();
        PyCode code = cc.compiler.newCode(scope, null, classLine);
        Compiler.CodeCompiler inner = new Compiler.CodeCompiler(cc.compiler, code);
        Exec body = inner.stmts().block(c.body());
        PyObject doc = !c.body().isEmpty() && c.body().get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLit s
            ? PyStr.of(s.value()) : null;
        code.body = f -> {
            f.traceLineAgain(classLine);
            return body.exec(f);
        };
        int[] slots = closureSlots(code);
        Eval[] bases = cc.exprs().compileAll(c.bases()).toArray(new Eval[0]);
        Map<String, Eval> keywords = classKeywords(c);
        int classCell = indexOf(code.cellvars, "__class__");
        String qualname = scope.qualname();
        boolean annotated = Annotations.present(c.body());
        return f -> {
            List<PyObject> original = new ArrayList<>();
            for (Eval b : bases) original.add(b.eval(f));
            List<PyType> baseTypes = new ArrayList<>();
            for (PyObject v : original) {
                // a base that is no class may name the classes it stands for (PEP 560's __mro_entries__)
                PyObject entries = v instanceof PyType ? null : v.type().lookup("__mro_entries__");
                List<PyObject> named = entries == null ? List.of(v)
                    : Sequences.toList(Calls.call(entries, new PyObject[] {v, PyTuple.of(original)}, null));
                for (PyObject base : named) {
                    if (!(base instanceof PyType t)) throw org.cellscope.runtime.Errors.typeError("bases must be types");
                    baseTypes.add(t);
                }
            }
            Map<String, PyObject> kwargs = new LinkedHashMap<>();
            keywords.forEach((name, value) -> kwargs.put(name, value.eval(f)));
            Map<String, PyObject> ns = new org.cellscope.runtime.TrackedMap<>(null);
            ns.put("__module__", PyStr.of("__main__"));
            ns.put("__qualname__", PyStr.of(qualname));
            if (annotated) ns.put("__annotations__", new PyDict());
            if (doc != null) ns.put("__doc__", doc);
            PyFrame frame = new PyFrame(code, f.globals, ns, f.runner.top, f.runner);
            Calls.initCells(frame, closure(f, slots));
            Calls.execute(frame);
            PyType type = Classes.create(c.name(), qualname, baseTypes, ns);
            if (classCell >= 0) frame.cells[classCell].set(type);
            Classes.initialize(type, ns, kwargs);
            return type;
        };
    }

    /** The keywords of a class statement, for __init_subclass__; a metaclass is beyond Cellscope. */
    private Map<String, Eval> classKeywords(Stmt.ClassDef c) {
        Map<String, Eval> keywords = new LinkedHashMap<>();
        for (org.cellscope.ast.Keyword k : c.keywords()) {
            if (k.name() == null || k.name().equals("metaclass")) {
                throw new org.cellscope.parse.UnsupportedFeature((k.name() == null ? "**keywords in a class statement"
                    : "metaclasses") + " are not supported by Cellscope", k.value().pos().line(), k.value().pos().col() + 1);
            }
            keywords.put(k.name(), cc.exprs().compile(k.value()));
        }
        return keywords;
    }

    /** The loops of a comprehension, innermost producing the element. */
    private static final class ComprehensionBody {
        private final Compiler.CodeCompiler cc;
        private final Expr comp;
        private final List<Comprehension> gens;

        ComprehensionBody(Compiler.CodeCompiler cc, Expr comp, List<Comprehension> gens) {
            this.cc = cc;
            this.comp = comp;
            this.gens = gens;
        }

        interface Sink {
            void accept(PyFrame f, PyObject result);
        }

        Exec compile() {
            // a comprehension over several lines reports the lines its parts run on, as CPython's code does
            return cc.exprs().withTracking(comp.pos().endLine() > comp.pos().line(), this::compileBody);
        }

        private Exec compileBody() {
            LinePlan lines = LinePlan.of(comp, gens);
            boolean tracking = cc.exprs().tracking();
            Sink produce;
            Eval result;
            if (comp instanceof Expr.DictComp dc) {
                Eval k = cc.exprs().compile(dc.key()), v = cc.exprs().compile(dc.value());
                produce = (f, acc) -> ((PyDict) acc).map().put(Hashing.key(k.eval(f)), v.eval(f));
                result = f -> new PyDict();
            } else if (comp instanceof Expr.SetComp sc) {
                Eval elt = cc.exprs().compile(sc.elt());
                produce = (f, acc) -> ((PySet) acc).items().add(Hashing.key(elt.eval(f)));
                result = f -> new PySet(false);
            } else if (comp instanceof Expr.GeneratorExp ge) {
                Eval elt = cc.exprs().compile(ge.elt());
                produce = (f, acc) -> {
                    PyObject v = elt.eval(f);
                    if (tracking) f.traceLine(lines.end); // the yield is on the append line
                    f.generator.yield(v);
                };
                result = f -> PyNone.NONE;
            } else {
                Eval elt = cc.exprs().compile(((Expr.ListComp) comp).elt());
                produce = (f, acc) -> ((PyList) acc).items().add(elt.eval(f));
                result = f -> new PyList();
            }
            Sink loops = produce;
            for (int i = gens.size() - 1; i >= 0; i--) loops = loop(gens.get(i), i, loops, lines);
            Sink all = loops;
            return f -> {
                f.line = -1;
                PyObject acc = result.eval(f);
                all.accept(f, acc);
                f.returnValue = acc;
                return Exec.RETURN;
            };
        }

        /**
         * The lines CPython 3.11's compiler gives a comprehension's jumps. It carries a current line
         * that only a comparison used as a condition moves (see {@link Conditions}): each loop head
         * is on the line current where it starts, each condition starts from the line current then,
         * and the appends, the jumps back and the return are all on the final one.
         */
        private record LinePlan(int[] heads, int[][] conditionStarts, int end) {
            static LinePlan of(Expr comp, List<Comprehension> gens) {
                int[] heads = new int[gens.size()];
                int[][] starts = new int[gens.size()][];
                int current = comp.pos().line();
                for (int i = 0; i < gens.size(); i++) {
                    heads[i] = current;
                    List<Expr> ifs = gens.get(i).ifs();
                    starts[i] = new int[ifs.size()];
                    for (int j = 0; j < ifs.size(); j++) {
                        starts[i][j] = current;
                        Expr.Compare last = Conditions.lastComparison(ifs.get(j));
                        if (last != null) current = last.pos().line();
                    }
                }
                return new LinePlan(heads, starts, current);
            }
        }

        private Sink loop(Comprehension g, int index, Sink inner, LinePlan lines) {
            boolean first = index == 0;
            Eval iterable = first ? f -> f.fast[0] : cc.exprs().compile(g.iter());
            Targets.Assign target = new Targets(cc).compile(g.target());
            int[] starts = lines.conditionStarts[index];
            Conditions.Test[] ifs = java.util.stream.IntStream.range(0, starts.length)
                .mapToObj(j -> cc.exprs().condition(g.ifs().get(j), starts[j], comp)).toArray(Conditions.Test[]::new);
            int line = lines.heads[index], targetLine = g.target().pos().line(), appendLine = lines.end;
            boolean tracking = cc.exprs().tracking();
            // Only the jumps back to a loop's head report a line again, as CPython's backward jumps do.
            return (f, acc) -> {
                PyObject it = first ? iterable.eval(f) : Ops.iter(iterable.eval(f));
                boolean entering = true;
                while (true) {
                    if (entering) f.traceLine(line);
                    else f.traceLineAgain(line);
                    entering = false;
                    PyObject x = Ops.next(it, f);
                    if (x == null) {
                        if (tracking) f.traceLine(appendLine); // the code after the loop keeps that line too
                        break;
                    }
                    if (tracking) f.traceLine(targetLine);
                    target.assign(f, x);
                    boolean keep = true;
                    for (int j = 0; j < ifs.length && keep; j++) keep = ifs[j].test(f);
                    if (keep) inner.accept(f, acc);
                    if (tracking) f.traceLine(appendLine); // the append, or the skip, ends there
                }
            };
        }
    }

}
