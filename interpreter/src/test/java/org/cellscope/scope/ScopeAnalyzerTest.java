package org.cellscope.scope;

import static org.cellscope.scope.Ast.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Module;
import org.cellscope.ast.Stmt;
import org.cellscope.parse.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Hand-built ASTs, so the pass is tested on its own, including error precedence that the parser's
 * early checks would hide; every expectation is what python3.11 reports for the same program.
 */
class ScopeAnalyzerTest {

    private static Scope only(Scope parent) {
        assertEquals(1, parent.children().size(), parent + " children");
        return parent.children().get(0);
    }

    @Test
    void nonlocalCounterLivesInACell() {
        // def make_counter():
        //     count = 0
        //     def counter():
        //         nonlocal count
        //         count += 1
        //         return count
        //     return counter
        Module m = module(def("make_counter", params(),
                assign("count", num(0)),
                def("counter", params(), nonlocal(P, "count"), augAssign("count", num(1)), ret(name("count"))),
                ret(name("counter"))));
        Scope outer = only(ScopeAnalyzer.analyze(m).module());
        Scope inner = only(outer);
        assertEquals(List.of("counter"), outer.varnames());
        assertEquals(List.of("count"), outer.cellvars());
        assertEquals(NameScope.CELL, outer.scopeOf("count"));
        assertEquals("make_counter.<locals>.counter", inner.qualname());
        assertEquals(List.of("count"), inner.freevars());
        assertEquals(NameScope.FREE, inner.scopeOf("count"));
        assertEquals(List.of(), inner.varnames());
    }

    @Test
    void comprehensionIsAFunctionScopeAndWalrusBindsOutside() {
        // def f(xs):
        //     total = [x + y for x in xs]
        //     [(z := i) for i in xs]
        //     a = (b := 1)
        //     return z
        Module m = module(def("f", params("xs"),
                assign("total", listComp(add(name("x"), name("y")), "x", name("xs"))),
                expr(listComp(walrus("z", name("i")), "i", name("xs"))),
                assign("a", walrus("b", num(1))),
                ret(name("z"))));
        Scope f = only(ScopeAnalyzer.analyze(m).module());
        assertEquals(List.of("xs", "total", "b", "a"), f.varnames());
        assertEquals(List.of("z"), f.cellvars());
        Scope first = f.children().get(0);
        Scope second = f.children().get(1);
        assertEquals(ScopeKind.COMPREHENSION, first.kind());
        assertEquals("<listcomp>", first.name());
        assertEquals("f.<locals>.<listcomp>", first.qualname());
        assertEquals(List.of(".0", "x"), first.varnames());
        assertEquals(NameScope.GLOBAL_IMPLICIT, first.scopeOf("y"));
        assertEquals(List.of(".0", "i"), second.varnames());
        assertEquals(List.of("z"), second.freevars());
    }

    @Test
    void superInAMethodNeedsTheClassCell() {
        // class C:
        //     def m(self):
        //         return super().m()
        Module m = module(classDef("C", def("m", params("self"), ret(call(attr(call(name("super")), "m"))))));
        Scope c = only(ScopeAnalyzer.analyze(m).module());
        Scope method = only(c);
        assertTrue(c.needsClassCell());
        assertEquals(List.of("__class__"), c.cellvars());
        assertEquals(NameScope.LOCAL, c.scopeOf("m"));
        assertEquals("C.m", method.qualname());
        assertEquals(List.of("__class__"), method.freevars());
    }

    @Test
    void classBodyIsSkippedWhenResolvingMethodNames() {
        // def outer():
        //     x = 1
        //     class D:
        //         x = 2
        //         def m(self): return x
        Module m = module(def("outer", params(),
                assign("x", num(1)),
                classDef("D", assign("x", num(2)), def("m", params("self"), ret(name("x"))))));
        Scope outer = only(ScopeAnalyzer.analyze(m).module());
        Scope d = only(outer);
        assertEquals(List.of("x"), outer.cellvars());
        assertEquals(NameScope.LOCAL, d.scopeOf("x"));
        assertEquals(List.of("x"), d.freevars());
        assertEquals(NameScope.FREE, only(d).scopeOf("x"));
        assertEquals("outer.<locals>.D.m", only(d).qualname());
    }

    @Test
    void globalDeclaredFunctionResetsItsQualname() {
        // def outer():
        //     global inner
        //     def inner(): return lambda: 1
        Module m = module(def("outer", params(), global(P, "inner"), def("inner", params(), ret(lambda(params(), num(1))))));
        Scope inner = only(only(ScopeAnalyzer.analyze(m).module()));
        assertEquals("inner", inner.qualname());
        assertEquals("inner.<locals>.<lambda>", only(inner).qualname());
    }

    @Test
    void yieldMakesAGenerator() {
        // def gen(n):
        //     yield n
        //     return (k for k in n)
        Module m = module(def("gen", params("n"), expr(yieldOf(name("n"))), ret(genExp(name("k"), "k", name("n")))));
        Scope gen = only(ScopeAnalyzer.analyze(m).module());
        assertTrue(gen.isGenerator());
        assertTrue(only(gen).isGenerator());
        assertFalse(ScopeAnalyzer.analyze(m).module().isGenerator());
    }

    @Test
    void privateNamesAreMangledInsideAClass() {
        // class K:
        //     def m(self): __b = 1
        Module m = module(classDef("K", def("m", params("self"), assign("__b", num(1)))));
        Scope method = only(only(ScopeAnalyzer.analyze(m).module()));
        assertEquals(List.of("self", "_K__b"), method.varnames());
        assertEquals("_K__b", method.mangle("__b"));
        assertEquals("__init__", method.mangle("__init__"));
    }

    @Test
    void parameterDeclaredGlobal() {
        // def f(x):
        //     global x
        Module m = module(def("f", params("x"), global(at(2, 4, 12), "x")));
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> ScopeAnalyzer.analyze(m));
        assertEquals("name 'x' is parameter and global", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(5, e.column());
        assertEquals(13, e.endColumn());
    }

    @Test
    void nonlocalWithoutBindingIsReportedAtTheDeclaration() {
        // def f():
        //     def g():
        //         nonlocal  x
        Module m = module(def("f", params(), def("g", params(), nonlocal(at(3, 8, 19), "x"))));
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> ScopeAnalyzer.analyze(m));
        assertEquals("no binding for nonlocal 'x' found", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(9, e.column());
    }

    @Test
    void symbolTableErrorsComeBeforeCompilerErrors() {
        // return 1             <- compile.c would say 'return' outside function
        // def g(x):
        //     global x         <- but symtable.c fails first
        Module m = module(ret(num(1)), def("g", params("x"), global(at(3, 4, 12), "x")));
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> ScopeAnalyzer.analyze(m));
        assertEquals("name 'x' is parameter and global", e.getMessage());
        Module onlyReturn = module(new Stmt.Return(at(1, 0, 8), num(1)));
        e = assertThrows(PySyntaxError.class, () -> ScopeAnalyzer.analyze(onlyReturn));
        assertEquals("'return' outside function", e.getMessage());
        assertEquals(1, e.column());
        assertEquals(9, e.endColumn());
    }

    @Test
    void compilerErrorsComeInTheCompilersOrder() {
        // class C((yield)):    <- the compiler reaches the bases only after the body
        //     return 1
        Module m = module(new Stmt.ClassDef(P, "C", List.of(new Expr.Yield(at(1, 9, 14), null)), List.of(),
                List.of(new Stmt.Return(at(2, 4, 12), num(1))), List.of()));
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> ScopeAnalyzer.analyze(m));
        assertEquals("'return' outside function", e.getMessage());
        assertEquals(2, e.line());
    }
}
