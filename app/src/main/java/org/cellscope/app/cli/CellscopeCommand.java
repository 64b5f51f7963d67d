package org.cellscope.app.cli;

import picocli.CommandLine.Command;

/** The top-level command; with no subcommand the window opens (see Launcher). */
@Command(name = "cellscope", mixinStandardHelpOptions = true, version = "Cellscope 0.1",
        subcommands = {RunCommand.class, TraceCommand.class, ExportCommand.class},
        description = "A debugger that makes Python closures visible.")
public final class CellscopeCommand {
}
