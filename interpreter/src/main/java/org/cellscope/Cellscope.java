package org.cellscope;

import java.io.PrintStream;
import org.cellscope.trace.Trace;

/**
 * The interpreter's front door: parse, analyse scopes, run. Used by the CLI, the window and the
 * golden tests; nothing here knows about JavaFX.
 */
public final class Cellscope {
    /** The default step cap for recorded traces. */
    public static final int DEFAULT_MAX_STEPS = 1_000_000;

    private Cellscope() {}

    /**
     * Runs a program like {@code python3 FILE.py}: stdout to out, the traceback of an uncaught
     * exception (or a SyntaxError report) to err. stdin feeds {@code input()}.
     *
     * @return the exit code: 0, or 1 after an uncaught exception or a syntax error
     */
    public static int run(String source, String filename, String stdin, PrintStream out, PrintStream err) {
        throw new UnsupportedOperationException("interpreter not written yet");
    }

    /**
     * Runs a program while recording every trace event, up to maxSteps steps. The trace of a
     * program with a syntax error is empty; its stderr is reported through {@link Trace}.
     */
    public static Trace record(String source, String filename, String stdin, int maxSteps) {
        throw new UnsupportedOperationException("interpreter not written yet");
    }
}
