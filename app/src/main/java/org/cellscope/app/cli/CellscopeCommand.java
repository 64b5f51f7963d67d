package org.cellscope.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The top-level command: with no subcommand it opens the window on FILE (or on the default
 * example). picocli matches subcommand names first, so a file named {@code run} still means
 * the subcommand.
 */
@Command(name = "cellscope", mixinStandardHelpOptions = true, version = "Cellscope 0.1",
        subcommands = {RunCommand.class, TraceCommand.class, ExportCommand.class},
        description = "A debugger that makes Python closures visible.%n"
                + "With no command, opens the debugger window on FILE (or on a bundled example).")
public final class CellscopeCommand implements Callable<Integer> {
    private final WindowOpener window;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A Python program to open in the window.")
    private Path file;

    public CellscopeCommand(WindowOpener window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        if (file != null) SourceFile.read(spec.commandLine(), file); // fail early, with a one-line message
        try {
            window.open(file);
            return 0;
        } catch (UnsupportedOperationException noDisplay) { // JavaFX: "Unable to open DISPLAY"
            spec.commandLine().getErr().println("cellscope: cannot open the window: " + noDisplay.getMessage()
                    + " (run, trace and export need no display)");
            return 1;
        }
    }
}
