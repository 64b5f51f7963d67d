package org.cellscope;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.cellscope.ast.Module;
import org.cellscope.eval.Interpreter;
import org.cellscope.eval.Runner;
import org.cellscope.eval.TraceListener;
import org.cellscope.parse.Parser;
import org.cellscope.parse.PySyntaxError;
import org.cellscope.parse.UnsupportedFeature;
import org.cellscope.runtime.Mutations;
import org.cellscope.scope.ScopeAnalyzer;
import org.cellscope.scope.ScopeTable;
import org.cellscope.trace.Trace;
import org.cellscope.trace.TraceRecorder;

/**
 * The interpreter's front door: parse, analyse scopes, run. Used by the CLI, the window and the
 * golden tests; nothing here knows about JavaFX.
 */
public final class Cellscope {
    /** The default step cap for recorded traces. */
    public static final int DEFAULT_MAX_STEPS = 1_000_000;

    /** Deep Python recursion needs far more than the JVM's default thread stack. */
    private static final long INTERPRETER_STACK_BYTES = 1L << 30;

    private Cellscope() {}

    /**
     * Runs a program like {@code python3 FILE.py}: stdout to out, the traceback of an uncaught
     * exception (or a SyntaxError report) to err. stdin feeds {@code input()}.
     *
     * @return the exit code: 0, or 1 after an uncaught exception or a syntax error
     */
    public static int run(String source, String filename, String stdin, PrintStream out, PrintStream err) {
        return run(source, filename, lines(stdin), out, err);
    }

    /**
     * Runs a program like {@code python3 FILE.py} with {@code input()} reading a line of stdin
     * only when the program asks for it, after flushing its prompt: a person at a terminal can
     * answer, and a program that never reads leaves stdin alone.
     */
    public static int run(String source, String filename, BufferedReader stdin, PrintStream out, PrintStream err) {
        Runner.Input input = () -> {
            out.flush();
            return readLine(stdin);
        };
        Interpreter.Outcome outcome = execute(source, filename, input, null, out::print);
        out.flush();
        err.print(outcome.stderr());
        err.flush();
        return outcome.exitCode();
    }

    /**
     * Runs a program while recording every trace event, up to maxSteps steps. The trace of a
     * program with a syntax error is empty and carries the error report.
     */
    public static Trace record(String source, String filename, String stdin, int maxSteps) {
        TraceRecorder recorder = new TraceRecorder(maxSteps);
        Mutations.install(recorder);
        try {
            BufferedReader lines = lines(stdin);
            Interpreter.Outcome outcome = execute(source, filename, () -> readLine(lines), recorder, recorder::write);
            return recorder.finish(source, outcome.stderr(), outcome.exitCode());
        } finally {
            Mutations.uninstall();
        }
    }

    /** The lines of a whole stdin text (null: none). */
    private static BufferedReader lines(String stdin) {
        return new BufferedReader(new StringReader(stdin == null ? "" : stdin));
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Interpreter.Outcome execute(String source, String filename, Runner.Input input, TraceListener listener,
                                               Runner.Output output) {
        Module module;
        ScopeTable scopes;
        try {
            module = Parser.parse(source, filename);
            scopes = ScopeAnalyzer.analyze(module);
        } catch (PySyntaxError e) {
            return new Interpreter.Outcome(1, Interpreter.syntaxErrorReport(e, filename, source), false);
        } catch (UnsupportedFeature e) {
            return new Interpreter.Outcome(1, Interpreter.unsupportedReport(e, filename), false);
        }
        AtomicReference<Interpreter.Outcome> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(Interpreter.run(module, scopes, filename, source, listener, output, input));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "cellscope-interpreter", INTERPRETER_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
            return new Interpreter.Outcome(1, "KeyboardInterrupt\n", true);
        }
        if (failure.get() != null) {
            Throwable e = failure.get();
            return new Interpreter.Outcome(1, "Cellscope internal error: " + e + "\n", false);
        }
        return result.get();
    }
}
