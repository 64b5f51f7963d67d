package org.cellscope.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cellscope.Cellscope;
import org.cellscope.trace.Trace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code trace --events|--json FILE.py}: the recorded trace on stdout and nothing else there;
 * the program's own stderr (traceback) goes to stderr and its exit code is ours.
 */
@Command(name = "trace", description = "Print the program's trace: one line per event "
        + "(call|line|return|exception NAME LINE [EXCTYPE]), or every step as JSON.")
public final class TraceCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    @Option(names = "--max-steps", paramLabel = "N",
            description = "Stop recording after N steps (default: ${DEFAULT-VALUE}).")
    private int maxSteps = Cellscope.DEFAULT_MAX_STEPS;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Python program to trace.")
    private Path file;

    static final class Format {
        @Option(names = "--events", description = "One line per event (the default).")
        boolean events;

        @Option(names = "--json", description = "Every step with frames, heap and output, as JSON "
                + "(see docs/trace-format.md).")
        boolean json;
    }

    public TraceCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (maxSteps < 1) throw new ParameterException(spec.commandLine(), "--max-steps must be at least 1");
        SourceFile source = SourceFile.read(spec.commandLine(), file);
        Trace trace = Cellscope.record(source.text(), source.name(), io.stdinFor(source.text()), maxSteps);
        Writer out = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
        if (format.json) {
            new TraceJsonWriter(out).write(source.name(), maxSteps, trace);
        } else {
            for (int i = 0; i < trace.size(); i++) out.write(trace.event(i).format() + "\n");
        }
        out.flush();
        io.err().print(trace.errorOutput());
        if (trace.truncated()) {
            io.err().println("cellscope: stopped after " + trace.size() + " steps (raise --max-steps to record more)");
        }
        io.err().flush();
        return trace.exitCode();
    }
}
