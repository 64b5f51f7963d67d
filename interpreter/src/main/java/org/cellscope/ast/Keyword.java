package org.cellscope.ast;

/** {@code name=value} in a call or class header; {@code name == null} means {@code **value}. */
public record Keyword(Pos pos, String name, Expr value) implements Node {}
