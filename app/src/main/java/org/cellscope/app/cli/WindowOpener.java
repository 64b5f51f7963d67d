package org.cellscope.app.cli;

import java.nio.file.Path;

/** Opens the debugger window; file is null for the default example. Blocks until it closes. */
@FunctionalInterface
public interface WindowOpener {
    void open(Path file);
}
