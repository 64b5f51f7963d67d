package org.cellscope.ast;

/** Every AST node knows its position. The tree is immutable; analysis results live in side tables. */
public sealed interface Node permits Expr, Stmt, Module, Arguments, Arguments.Arg, Comprehension,
        Keyword, ExceptHandler, WithItem, Alias {
    Pos pos();
}
