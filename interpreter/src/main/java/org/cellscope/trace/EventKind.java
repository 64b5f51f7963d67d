package org.cellscope.trace;

import java.util.Locale;

/** The four {@code sys.settrace} events. */
public enum EventKind {
    CALL, LINE, RETURN, EXCEPTION;

    /** The word CPython passes to the trace function: {@code call}, {@code line}... */
    public String word() { return name().toLowerCase(Locale.ROOT); }
}
