package org.cellscope.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cellscope.ast.Module;
import org.cellscope.parse.PySyntaxError;
import org.cellscope.parse.UnsupportedFeature;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;
import org.cellscope.scope.ScopeTable;

/** Runs a module: compiles it, executes its frame, and turns an uncaught exception into a traceback. */
public final class Interpreter {
    /** How a run ended: the exit code and what went to stderr. halted: stopped by the listener (step cap). */
    public record Outcome(int exitCode, String stderr, boolean halted) {}

    private Interpreter() {}

    public static Outcome run(Module module, ScopeTable scopes, String filename, String source, TraceListener listener,
                              Runner.Output output, Runner.Input input) {
        Runner runner = new Runner(listener, output, input, filename, source);
        PyCode code;
        try {
            code = new Compiler(scopes, filename, runner).compileModule(module);
        } catch (UnsupportedFeature u) {
            return new Outcome(1, unsupportedReport(u, filename), false);
        } catch (PySyntaxError e) {
            return new Outcome(1, syntaxErrorReport(e, filename, source), false);
        }
        Map<String, PyObject> globals = new org.cellscope.runtime.TrackedMap<>(null);
        ModuleGlobals.install(globals, module, filename, runner.builtins);
        PyFrame frame = new PyFrame(code, globals, globals, null, runner);
        try {
            Calls.execute(frame);
            return new Outcome(0, "", false);
        } catch (PyRaise e) {
            PyBaseException exc = e.exception();
            runner.listener = null; // a user __str__ run while printing is not part of the trace
            if (exc.type().isSubtypeOf(Errors.SYSTEM_EXIT)) return systemExit(exc);
            return new Outcome(1, new TracebackPrinter(runner).format(exc), false);
        } catch (Halt h) {
            return new Outcome(0, "", true);
        } finally {
            runner.abandonGenerators();
            runner.listener = null; // the recorded frames keep the runner; let them not keep the recorder too
        }
    }

    private static Outcome systemExit(PyBaseException exc) {
        if (exc.args().size() == 0) return new Outcome(0, "", false);
        PyObject code = exc.args().get(0);
        if (code == org.cellscope.runtime.PyNone.NONE) return new Outcome(0, "", false);
        if (code instanceof PyInt i) return new Outcome((int) i.longValue(), "", false);
        return new Outcome(1, Repr.str(code) + "\n", false);
    }

    /** A feature Cellscope does not run, named, at its line: never a crash. */
    public static String unsupportedReport(UnsupportedFeature u, String filename) {
        return "  File \"" + filename + "\", line " + u.line() + "\n" + "NotImplementedError: " + u.getMessage() + "\n";
    }

    /** A SyntaxError as CPython reports it: file and line, the source line, a caret, the message. */
    public static String syntaxErrorReport(PySyntaxError e, String filename, String source) {
        // a program nested too deeply to compile: CPython prints the bare exception line
        if (e.type().equals("RecursionError")) return e.type() + ": " + e.getMessage() + "\n";
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(e.line()).append('\n');
        String[] lines = source.split("\r\n|\r|\n", -1);
        if (e.line() >= 1 && e.line() <= lines.length) {
            // as CPython's print_error_text: strip the indent, no caret left of the text, at
            // most one past its end; indentation errors get a single caret
            String src = lines[e.line() - 1];
            String shown = src.replaceFirst("^[ \t\f]+", "");
            int indent = src.length() - shown.length();
            shown = shown.stripTrailing();
            sb.append("    ").append(shown).append('\n');
            int start = Math.min(e.column() - 1 - indent, shown.length());
            if (e.column() > 0 && start >= 0) {
                boolean single = !e.type().equals("SyntaxError") || e.endColumn() <= e.column();
                int end = Math.min(e.endColumn(), indent + shown.length() + 1);
                int width = single ? 1 : Math.max(1, end - e.column());
                sb.append("    ").append(" ".repeat(start)).append("^".repeat(width)).append('\n');
            }
        }
        sb.append(e.type()).append(": ").append(e.getMessage()).append('\n');
        return sb.toString();
    }
}
