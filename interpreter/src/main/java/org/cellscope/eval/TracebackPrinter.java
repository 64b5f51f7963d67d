package org.cellscope.eval;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.ast.Node;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyBaseException.TracebackEntry;

/** Formats an uncaught exception as CPython 3.11 prints it, chained exceptions and carets included. */
final class TracebackPrinter {
    private final Runner runner;
    private final StringBuilder out = new StringBuilder();

    TracebackPrinter(Runner runner) { this.runner = runner; }

    String format(PyBaseException e) {
        chain(e, new IdentityHashMap<>());
        return out.toString();
    }

    private void chain(PyBaseException e, Map<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause() != null && !seen.containsKey(e.cause())) {
            chain(e.cause(), seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context() != null && !e.suppressContext() && !seen.containsKey(e.context())) {
            chain(e.context(), seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(e);
    }

    private void single(PyBaseException e) {
        List<TracebackEntry> entries = e.traceback();
        if (!entries.isEmpty()) out.append("Traceback (most recent call last):\n");
        TracebackEntry last = null;
        int count = 0;
        for (TracebackEntry t : entries) {
            if (last == null || !sameLine(last, t)) {
                flushRepeats(count - 3);
                last = t;
                count = 0;
            }
            if (++count <= 3) entry(t);
        }
        flushRepeats(count - 3);
        String msg = Repr.exceptionStr(e);
        String name = e.type().isUserDefined() ? e.type().qualname() : e.type().name();
        if (e.type().isUserDefined() && !"__main__".equals(e.type().module())) name = e.type().module() + "." + name;
        if (e.suggestion() != null) msg += ". Did you mean: '" + e.suggestion() + "'?";
        out.append(msg.isEmpty() ? name : name + ": " + msg).append('\n');
    }

    private static boolean sameLine(TracebackEntry a, TracebackEntry b) {
        return a.line() == b.line() && a.codeName().equals(b.codeName()) && a.filename().equals(b.filename());
    }

    private void flushRepeats(int n) {
        if (n > 0) out.append("  [Previous line repeated ").append(n).append(" more time").append(n == 1 ? "" : "s").append("]\n");
    }

    private void entry(TracebackEntry t) {
        Node at = t.position() instanceof Node n ? n : null;
        int line = at != null ? at.pos().line() : t.line();
        out.append("  File \"").append(t.filename()).append("\", line ").append(line).append(", in ").append(t.codeName()).append('\n');
        String src = runner.sourceLine(line);
        String stripped = src.strip();
        if (stripped.isEmpty()) return;
        out.append("    ").append(stripped).append('\n');
        String carets = at == null ? null : Carets.line(src, at);
        if (carets != null) out.append("    ").append(carets).append('\n');
    }
}
