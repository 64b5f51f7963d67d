package org.cellscope.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code run FILE.py}: behaves like {@code python3 FILE.py}. */
@Command(name = "run", description = "Run a program like python3 does.")
public final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("run not written yet");
    }
}
