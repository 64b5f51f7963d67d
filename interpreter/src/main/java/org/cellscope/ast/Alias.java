package org.cellscope.ast;

/** {@code name as asname} in an import; asname may be null. name may be dotted ({@code a.b}). */
public record Alias(Pos pos, String name, String asname) implements Node {}
