package org.cellscope.scope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellscope.ast.Arguments;
import org.cellscope.ast.Comprehension;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Module;
import org.cellscope.ast.Pos;
import org.cellscope.ast.Stmt;

/** Hand-built ASTs for scope tests, written the way the source reads; positions only where a test needs them. */
final class Ast {
    static final Pos P = new Pos(1, 0, 1, 1);

    private Ast() {}

    static Pos at(int line, int col, int endCol) {
        return new Pos(line, col, line, endCol);
    }

    static Module module(Stmt... body) {
        return new Module(P, List.of(body));
    }

    static Expr.Name name(String id) {
        return new Expr.Name(P, id);
    }

    static Expr num(int n) {
        return new Expr.IntLit(P, BigInteger.valueOf(n));
    }

    static Expr call(Expr func, Expr... args) {
        return new Expr.Call(P, func, List.of(args), List.of());
    }

    static Expr attr(Expr value, String attr) {
        return new Expr.Attribute(P, value, attr);
    }

    static Expr add(Expr left, Expr right) {
        return new Expr.BinOp(P, left, org.cellscope.ast.Operator.ADD, right);
    }

    static Expr walrus(String target, Expr value) {
        return new Expr.NamedExpr(P, name(target), value);
    }

    static Expr lambda(List<String> params, Expr body) {
        return new Expr.Lambda(P, params(params), body);
    }

    static Expr listComp(Expr elt, String target, Expr iter) {
        return new Expr.ListComp(P, elt, List.of(new Comprehension(P, name(target), iter, List.of())));
    }

    static Expr genExp(Expr elt, String target, Expr iter) {
        return new Expr.GeneratorExp(P, elt, List.of(new Comprehension(P, name(target), iter, List.of())));
    }

    static Expr yieldOf(Expr value) {
        return new Expr.Yield(P, value);
    }

    static Stmt expr(Expr e) {
        return new Stmt.ExprStmt(P, e);
    }

    static Stmt assign(String target, Expr value) {
        return new Stmt.Assign(P, List.of(name(target)), value);
    }

    static Stmt augAssign(String target, Expr value) {
        return new Stmt.AugAssign(P, name(target), org.cellscope.ast.Operator.ADD, value);
    }

    static Stmt ret(Expr value) {
        return new Stmt.Return(P, value);
    }

    static Stmt global(Pos pos, String... names) {
        return new Stmt.Global(pos, List.of(names));
    }

    static Stmt nonlocal(Pos pos, String... names) {
        return new Stmt.Nonlocal(pos, List.of(names));
    }

    static Stmt def(String name, List<String> params, Stmt... body) {
        return new Stmt.FunctionDef(P, name, params(params), List.of(body), List.of(), null);
    }

    static Stmt classDef(String name, Stmt... body) {
        return new Stmt.ClassDef(P, name, List.of(), List.of(), List.of(body), List.of());
    }

    static List<String> params(String... names) {
        return Arrays.asList(names);
    }

    private static Arguments params(List<String> names) {
        List<Arguments.Arg> args = new ArrayList<>();
        for (String n : names) args.add(new Arguments.Arg(P, n, null));
        return new Arguments(P, List.of(), args, null, List.of(), List.of(), null, List.of());
    }
}
