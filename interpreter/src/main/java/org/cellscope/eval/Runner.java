package org.cellscope.eval;

import java.util.Map;

/** The state of one program run: output, input, the trace listener, builtins and call depth. */
public final class Runner {
    /** CPython's default {@code sys.getrecursionlimit()}. */
    static final int RECURSION_LIMIT = 1000;

    TraceListener listener; // null when not tracing; dropped once the program has ended
    final Output output;
    final Input input;
    final String filename;
    final String[] sourceLines;
    final Map<String, org.cellscope.runtime.PyObject> builtins;
    int depth;
    /** Frame ids count per run, so that a run's ids do not depend on other runs in the same JVM. */
    long nextFrameId = 1;
    PyFrame top; // the frame running now
    /** Threads of started, unfinished generators; a cleaner thread removes those of dropped generators. */
    final java.util.Set<GeneratorThread> liveGenerators = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Where print() writes. */
    public interface Output {
        void write(String text);
    }

    /** Where input() reads; returns null at end of input. */
    public interface Input {
        String readLine();
    }

    /** The run of this thread and of the generator threads it starts (for builtins that need the calling frame). */
    private static final InheritableThreadLocal<Runner> CURRENT = new InheritableThreadLocal<>();

    static Runner current() { return CURRENT.get(); }

    /** Makes this thread (a pooled generator thread) work for the given run; null: for none. */
    static void adopt(Runner runner) {
        if (runner == null) CURRENT.remove();
        else CURRENT.set(runner);
    }

    Runner(TraceListener listener, Output output, Input input, String filename, String source) {
        CURRENT.set(this);
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
        for (GeneratorThread g : java.util.List.copyOf(liveGenerators)) g.abandon();
    }

    /** True when one more generator thread may start: dropped generators are collected first if needed. */
    boolean makeRoomForGenerator() {
        if (liveGenerators.size() < PyGenerator.MAX_UNFINISHED) return true;
        System.gc(); // lets the cleaner end the threads of generators the program dropped
        for (int i = 0; i < 50 && liveGenerators.size() >= PyGenerator.MAX_UNFINISHED; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return liveGenerators.size() < PyGenerator.MAX_UNFINISHED;
    }

    public String readLine() { return input.readLine(); }

    public String sourceLine(int line) {
        return line >= 1 && line <= sourceLines.length ? sourceLines[line - 1] : "";
    }
}
