package org.cellscope.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code trace --events|--json FILE.py}: the recorded trace on stdout. */
@Command(name = "trace", description = "Print the program's trace events.")
public final class TraceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("trace not written yet");
    }
}
