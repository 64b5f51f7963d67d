package org.cellscope.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

/**
 * Builds the picocli command tree and runs it with Cellscope's exit codes: 0 ok, 1 when the
 * program fails (or on our own bug, in one line), 2 for usage errors (one line, no usage dump).
 */
public final class Cli {
    private Cli() {}

    public static int execute(String[] args, Io io, WindowOpener window) {
        CommandLine cmd = new CommandLine(new CellscopeCommand(window), factory(io));
        cmd.setOut(writer(io.out()));
        cmd.setErr(writer(io.err()));
        cmd.setParameterExceptionHandler((ex, ignoredArgs) -> usageError(ex));
        cmd.setExecutionExceptionHandler((ex, command, parseResult) ->
                ex instanceof ParameterException usage ? usageError(usage) : internalError(command, ex));
        int code = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        return code;
    }

    private static int usageError(ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("cellscope: " + ex.getMessage() + " (try 'cellscope --help')");
        cmd.getErr().flush();
        return 2;
    }

    private static int internalError(CommandLine cmd, Exception ex) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println("cellscope: internal error: " + message);
        cmd.getErr().flush();
        return 1;
    }

    /** Gives our commands the streams; commands we do not know get picocli's default. */
    private static IFactory factory(Io io) {
        IFactory fallback = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == RunCommand.class) return type.cast(new RunCommand(io));
                if (type == TraceCommand.class) return type.cast(new TraceCommand(io));
                return fallback.create(type);
            }
        };
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
