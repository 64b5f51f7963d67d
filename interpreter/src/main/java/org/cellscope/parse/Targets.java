package org.cellscope.parse;

import java.util.List;
import java.util.Map;

import org.cellscope.ast.Expr;
import org.cellscope.ast.UnaryOperator;

/** What may be assigned to or deleted, and CPython's name for what may not. */
final class Targets {
    /** CPython's _PyPegen_get_expr_name, for the node types that have one fixed name. */
    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(Expr.Attribute.class, "attribute"), Map.entry(Expr.Subscript.class, "subscript"),
            Map.entry(Expr.Starred.class, "starred"), Map.entry(Expr.Name.class, "name"),
            Map.entry(Expr.ListExpr.class, "list"), Map.entry(Expr.Tuple.class, "tuple"),
            Map.entry(Expr.Lambda.class, "lambda"), Map.entry(Expr.Call.class, "function call"),
            Map.entry(Expr.BoolOp.class, "expression"), Map.entry(Expr.BinOp.class, "expression"),
            Map.entry(Expr.UnaryOp.class, "expression"), Map.entry(Expr.GeneratorExp.class, "generator expression"),
            Map.entry(Expr.Yield.class, "yield expression"), Map.entry(Expr.YieldFrom.class, "yield expression"),
            Map.entry(Expr.ListComp.class, "list comprehension"), Map.entry(Expr.SetComp.class, "set comprehension"),
            Map.entry(Expr.DictComp.class, "dict comprehension"), Map.entry(Expr.DictExpr.class, "dict literal"),
            Map.entry(Expr.SetExpr.class, "set display"), Map.entry(Expr.JoinedStr.class, "f-string expression"),
            Map.entry(Expr.FormattedValue.class, "f-string expression"), Map.entry(Expr.NoneLit.class, "None"),
            Map.entry(Expr.EllipsisLit.class, "ellipsis"), Map.entry(Expr.Compare.class, "comparison"),
            Map.entry(Expr.IfExp.class, "conditional expression"), Map.entry(Expr.NamedExpr.class, "named expression"));

    private Targets() {}

    /** The first part of {@code target} that cannot be stored to, or null when all can. */
    static Expr invalidPart(Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript) {
            return null;
        }
        if (target instanceof Expr.Starred s) {
            return invalidPart(s.value());
        }
        if (target instanceof Expr.Tuple t) {
            return firstInvalid(t.elts());
        }
        if (target instanceof Expr.ListExpr l) {
            return firstInvalid(l.elts());
        }
        return target;
    }

    private static Expr firstInvalid(List<Expr> elts) {
        return elts.stream().map(Targets::invalidPart).filter(e -> e != null).findFirst().orElse(null);
    }

    /** Raises "cannot {verb} X" (verb: assign to, delete) when part of the target is invalid. */
    static void check(Expr target, String verb) {
        Expr bad = invalidPart(target);
        if (bad != null) {
            throw SyntaxErrors.at(bad, "cannot " + verb + " " + describe(bad));
        }
    }

    static String describe(Expr e) {
        if (e instanceof Expr.BoolLit b) {
            return b.value() ? "True" : "False";
        }
        return NAMES.getOrDefault(e.getClass(), "literal");
    }

    /**
     * Whether CPython's invalid_named_expression rule catches {@code bad = value} and suggests
     * '==': bad is a bitwise_or-level expression, not a display or a keyword constant.
     */
    static boolean suggestsComparison(Expr bad) {
        boolean notExpr = bad instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT;
        return !(notExpr || bad instanceof Expr.Compare || bad instanceof Expr.BoolOp || bad instanceof Expr.IfExp
                || bad instanceof Expr.Lambda || bad instanceof Expr.NamedExpr || bad instanceof Expr.ListExpr
                || bad instanceof Expr.Tuple || bad instanceof Expr.GeneratorExp || bad instanceof Expr.BoolLit
                || bad instanceof Expr.NoneLit || bad instanceof Expr.Yield || bad instanceof Expr.YieldFrom);
    }
}
