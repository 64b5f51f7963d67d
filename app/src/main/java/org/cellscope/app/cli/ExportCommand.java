package org.cellscope.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cellscope.Cellscope;
import org.cellscope.app.export.ExportException;
import org.cellscope.app.export.ExportOptions;
import org.cellscope.app.export.StepSelection;
import org.cellscope.app.export.TraceExporter;
import org.cellscope.trace.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE.py --step N|--steps A-B|--last|--all -o OUT.png|DIR}: diagrams as PNG,
 * headless. Numbers are taken as text and checked here, so that every usage error is one line
 * naming what is valid, with exit code 2.
 */
@Command(name = "export", description = "Export diagrams of trace steps as PNG (no display needed).")
public final class ExportCommand implements Callable<Integer> {
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.py", description = "The program to trace.")
    String file;

    @Option(names = "--step", paramLabel = "N", description = "The N-th trace event, counted from 1.")
    String step;

    @Option(names = "--steps", paramLabel = "A-B", description = "Steps A to B, into the folder -o.")
    String steps;

    @Option(names = "--last", description = "The last step.")
    boolean last;

    @Option(names = "--all", description = "Every step, into the folder -o.")
    boolean all;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.png|DIR", description = "The PNG file, or the folder for several steps.")
    String output;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", description = "Pixel scale, for example 2 (default 1).")
    String scale;

    @Option(names = "--with-code", description = "Draw the source, current line marked, left of the diagram.")
    boolean withCode;

    @Option(names = "--max-steps", paramLabel = "N", description = "Stop recording after N steps.")
    String maxSteps;

    /** A usage error: one line on stderr, exit code 2. */
    private static final class Usage extends Exception {
        Usage(String message) { super(message, null, false, false); }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return export(err);
        } catch (Usage e) {
            err.println("cellscope export: " + e.getMessage());
            return USAGE;
        } catch (ExportException e) {
            err.println("cellscope export: " + e.getMessage());
            return 1;
        } finally {
            err.flush();
        }
    }

    private int export(PrintWriter err) throws Usage, ExportException {
        StepSelection selection = selection();
        if (output == null) throw new Usage("missing -o OUT.png (or -o DIR for several steps)");
        ExportOptions options = new ExportOptions(scale(), withCode, Path.of(file).getFileName().toString());
        int cap = maxSteps == null ? Cellscope.DEFAULT_MAX_STEPS : positive(maxSteps, "--max-steps");
        Trace trace = record(read(), cap);
        if (trace.size() == 0 && trace.exitCode() != 0) {
            err.print(trace.errorOutput());
            return 1;
        }
        int[] range;
        try {
            range = selection.resolve(trace.size());
        } catch (IllegalArgumentException e) {
            throw new Usage(e.getMessage());
        }
        if (trace.truncated()) err.println("cellscope export: note: the trace stops after " + trace.size() + " steps (--max-steps)");
        List<Path> written = new TraceExporter().export(trace, range[0], range[1], Path.of(output), options);
        PrintWriter out = spec.commandLine().getOut();
        out.println(written.size() == 1 ? "wrote " + written.get(0)
                : "wrote " + written.size() + " PNGs to " + Path.of(output));
        out.flush();
        return 0;
    }

    private StepSelection selection() throws Usage {
        if (file == null) throw new Usage("missing FILE.py: export FILE.py --step N|--steps A-B|--last|--all -o OUT.png|DIR");
        List<String> chosen = new ArrayList<>();
        if (step != null) chosen.add("--step");
        if (steps != null) chosen.add("--steps");
        if (last) chosen.add("--last");
        if (all) chosen.add("--all");
        if (chosen.isEmpty()) throw new Usage("choose the steps with one of --step N, --steps A-B, --last, --all");
        if (chosen.size() > 1) throw new Usage("choose only one of " + String.join(", ", chosen));
        try {
            if (step != null) return StepSelection.one(StepSelection.parseStep(step, "--step"));
            if (steps != null) return StepSelection.parseRange(steps);
        } catch (IllegalArgumentException e) {
            throw new Usage(e.getMessage());
        }
        return last ? StepSelection.lastStep() : StepSelection.all();
    }

    private double scale() throws Usage {
        try {
            double s = Double.parseDouble(scale.trim());
            if (s > 0 && s <= 8) return s;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Usage("--scale expects a number above 0 and at most 8, not '" + scale + "'");
    }

    private static int positive(String text, String option) throws Usage {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Usage(option + " expects a whole number from 1, not '" + text + "'");
    }

    private String read() throws Usage {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Usage("cannot read " + file + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.charset.MalformedInputException) return "not UTF-8 text";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private Trace record(String source, int cap) throws ExportException {
        try {
            return Cellscope.record(source, file, "", cap);
        } catch (RuntimeException e) {
            throw new ExportException("cannot trace " + file + ": " + e.getMessage(), e);
        }
    }
}
