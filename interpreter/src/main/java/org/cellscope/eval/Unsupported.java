package org.cellscope.eval;

import org.cellscope.ast.Pos;

/** A valid Python feature Cellscope does not run yet; reported with the feature's name, never as a crash. */
public final class Unsupported extends RuntimeException {
    private final int line;

    private Unsupported(String message, int line) {
        super(message, null, false, false);
        this.line = line;
    }

    static Unsupported feature(String what, Pos pos) {
        return new Unsupported(what + " are not supported by Cellscope yet", pos.line());
    }

    public int line() { return line; }
}
