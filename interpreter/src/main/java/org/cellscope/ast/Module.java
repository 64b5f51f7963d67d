package org.cellscope.ast;

import java.util.List;

/** A whole source file: the body of the {@code <module>} code object. */
public record Module(Pos pos, List<Stmt> body) implements Node {}
