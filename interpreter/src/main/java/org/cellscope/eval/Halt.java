package org.cellscope.eval;

/** Thrown by a trace listener to stop the program (the step cap was reached). Not a Python exception. */
public final class Halt extends RuntimeException {
    public Halt() { super(null, null, false, false); }
}
