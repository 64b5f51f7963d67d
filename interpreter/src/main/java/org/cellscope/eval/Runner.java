package org.cellscope.eval;

import java.util.Map;

/** The state of one program run: output, input, the trace listener, builtins and call depth. */
public final class Runner {
    /** CPython's default {@code sys.getrecursionlimit()}. */
    static final int RECURSION_LIMIT = 1000;

    final TraceListener listener; // null when not tracing
    final Output output;
    final Input input;
    final String filename;
    final String[] sourceLines;
    final Map<String, org.cellscope.runtime.PyObject> builtins;
    int depth;
    PyFrame top; // the frame running now
    final java.util.Set<PyGenerator> liveGenerators = new java.util.LinkedHashSet<>();

    /** Where print() writes. */
    public interface Output {
        void write(String text);
    }

    /** Where input() reads; returns null at end of input. */
    public interface Input {
        String readLine();
    }

    Runner(TraceListener listener, Output output, Input input, String filename, String source) {
        this.listener = listener;
        this.output = output;
        this.input = input;
        this.filename = filename;
        this.sourceLines = source.split("\r\n|\r|\n", -1);
        this.builtins = Builtins.create(this);
    }

    public void write(String text) { output.write(text); }

    /** Ends the threads of generators still suspended when the program stops. */
    void abandonGenerators() {
        for (PyGenerator g : java.util.List.copyOf(liveGenerators)) g.abandon();
        liveGenerators.clear();
    }

    public String readLine() { return input.readLine(); }

    public String sourceLine(int line) {
        return line >= 1 && line <= sourceLines.length ? sourceLines[line - 1] : "";
    }
}
