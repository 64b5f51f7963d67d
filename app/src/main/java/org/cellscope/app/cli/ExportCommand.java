package org.cellscope.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cellscope.Cellscope;
import org.cellscope.app.export.ExportException;
import org.cellscope.app.export.ExportOptions;
import org.cellscope.app.export.StepSelection;
import org.cellscope.app.export.TraceExporter;
import org.cellscope.trace.Trace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE.py --step N|--steps A-B|--last|--all -o OUT.png|DIR}: diagrams as PNG,
 * headless. Usage errors are ParameterExceptions, which {@link Cli} prints as one line, exit 2.
 */
@Command(name = "export", description = "Export the diagram of trace steps as PNG (no display needed). "
        + "Step N is the N-th trace event, counted from 1.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Python program to trace.")
    private Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Steps steps;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.png|DIR",
            description = "The PNG file; for several steps, the folder for step-0001.png...")
    private Path output;

    @Option(names = "--scale", paramLabel = "S", description = "Pixel scale, for example 2 (default: ${DEFAULT-VALUE}).")
    private double scale = 1;

    @Option(names = "--with-code", description = "Draw the source, current line marked, left of the diagram.")
    private boolean withCode;

    @Option(names = "--max-steps", paramLabel = "N", description = "Stop recording after N steps (default: ${DEFAULT-VALUE}).")
    private int maxSteps = Cellscope.DEFAULT_MAX_STEPS;

    static final class Steps {
        @Option(names = "--step", paramLabel = "N", description = "One step.")
        Integer one;

        @Option(names = "--steps", paramLabel = "A-B", description = "Steps A to B.")
        String range;

        @Option(names = "--last", description = "The last step.")
        boolean last;

        @Option(names = "--all", description = "Every step.")
        boolean all;
    }

    @Override
    public Integer call() {
        StepSelection selection = selection();
        if (!(scale > 0 && scale <= 8)) throw usage("--scale must be above 0 and at most 8");
        if (maxSteps < 1) throw usage("--max-steps must be at least 1");
        SourceFile source = SourceFile.read(spec.commandLine(), file);
        Trace trace = Cellscope.record(source.text(), source.name(), "", maxSteps);
        PrintWriter err = spec.commandLine().getErr();
        if (trace.size() == 0) {
            err.print(trace.errorOutput()); // a SyntaxError report, as python3 prints it
            err.flush();
            return 1;
        }
        int[] range;
        try {
            range = selection.resolve(trace.size());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (trace.truncated()) {
            err.println("cellscope: stopped after " + trace.size() + " steps (raise --max-steps to record more)");
        }
        ExportOptions options = new ExportOptions(scale, withCode, file.getFileName().toString());
        try {
            List<Path> written = new TraceExporter().export(trace, range[0], range[1], output, options);
            PrintWriter out = spec.commandLine().getOut();
            out.println(written.size() == 1 ? "wrote " + written.get(0) : "wrote " + written.size() + " PNGs to " + output);
            out.flush();
            return 0;
        } catch (ExportException e) {
            err.println("cellscope: export failed: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private StepSelection selection() {
        try {
            if (steps.one != null) return StepSelection.one(StepSelection.checkStep(steps.one, "--step"));
            if (steps.range != null) return StepSelection.parseRange(steps.range);
            return steps.last ? StepSelection.lastStep() : StepSelection.all();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
