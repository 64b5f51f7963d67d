package org.cellscope.eval;

import java.util.List;
import org.cellscope.ast.Expr;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyTuple;

/** Compiles assignment targets: names, attributes, subscripts and (starred) unpacking. */
final class Targets {
    interface Assign {
        void assign(PyFrame f, PyObject value);
    }

    private final Compiler.CodeCompiler cc;

    Targets(Compiler.CodeCompiler cc) { this.cc = cc; }

    Assign compile(Expr target) {
        if (target instanceof Expr.Name n) {
            NameAccess.Store store = cc.names.store(n.id());
            return store::store;
        }
        if (target instanceof Expr.Attribute a) {
            Eval obj = cc.exprs().compile(a.value());
            String name = cc.names.attribute(a.attr());
            return (f, v) -> {
                PyObject o = obj.eval(f);
                f.at = a;
                Attributes.set(o, name, v);
            };
        }
        if (target instanceof Expr.Subscript s) {
            Eval obj = cc.exprs().compile(s.value()), key = cc.exprs().compile(s.slice());
            return (f, v) -> {
                PyObject o = obj.eval(f);
                PyObject k = key.eval(f);
                f.at = s;
                Items.setItem(o, k, v);
            };
        }
        if (target instanceof Expr.Tuple t) return unpack(t, t.elts());
        if (target instanceof Expr.ListExpr l) return unpack(l, l.elts());
        throw new org.cellscope.parse.PySyntaxError("cannot assign to expression", target.pos().line(), target.pos().col() + 1);
    }

    /** {@code a, b = v}: takes one item past the targets and no more, as UNPACK_SEQUENCE does with an iterator. */
    private static void assignExactly(PyFrame f, Assign[] parts, PyObject v) {
        int n = parts.length;
        PyObject[] items;
        List<PyObject> known = v instanceof PyTuple t ? t.items() : v instanceof PyList l ? l.items() : null;
        if (known != null) { // the common case, sized: no iterator needed
            if (known.size() > n) throw Errors.valueError("too many values to unpack (expected " + n + ")");
            if (known.size() < n) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + known.size() + ")");
            items = known.toArray(new PyObject[0]); // all taken before any is stored, as the stack holds them
        } else {
            PyObject it = Ops.iter(v);
            items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = Ops.next(it);
                if (items[i] == null) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            }
            if (Ops.next(it) != null) throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        for (int i = 0; i < n; i++) parts[i].assign(f, items[i]);
    }

    private Assign unpack(Expr target, List<Expr> elts) {
        int star = -1;
        Assign[] parts = new Assign[elts.size()];
        for (int i = 0; i < parts.length; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred s) {
                star = i;
                parts[i] = compile(s.value());
            } else {
                parts[i] = compile(e);
            }
        }
        int starAt = star;
        return (f, v) -> {
            f.at = target;
            if (!Ops.isIterable(v)) {
                throw Errors.typeError("cannot unpack non-iterable " + v.type().name() + " object");
            }
            int n = parts.length;
            if (starAt < 0) {
                assignExactly(f, parts, v);
                return;
            }
            List<PyObject> items = Sequences.toList(v);
            int after = n - starAt - 1;
            if (items.size() < n - 1) {
                throw Errors.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got " + items.size() + ")");
            }
            for (int i = 0; i < starAt; i++) parts[i].assign(f, items.get(i));
            parts[starAt].assign(f, new PyList(items.subList(starAt, items.size() - after)));
            for (int i = 0; i < after; i++) parts[starAt + 1 + i].assign(f, items.get(items.size() - after + i));
        };
    }
}
