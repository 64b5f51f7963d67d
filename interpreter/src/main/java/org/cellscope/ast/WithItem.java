package org.cellscope.ast;

/** {@code context as target}; target may be null. */
public record WithItem(Pos pos, Expr context, Expr target) implements Node {}
