package org.cellscope.runtime;

/** Carries a Python exception up the Java stack. No Java stack trace: it is control flow. */
public final class PyRaise extends RuntimeException {
    private final PyBaseException exception;
    /** The frame that already reported this raise as an {@code exception} event (set by the interpreter). */
    public Object reportedIn;

    public PyRaise(PyBaseException exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    public PyBaseException exception() { return exception; }

    @Override
    public String getMessage() { return exception.type().name(); }
}
