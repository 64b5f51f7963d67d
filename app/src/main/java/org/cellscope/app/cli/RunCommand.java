package org.cellscope.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cellscope.Cellscope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run FILE.py}: behaves like {@code python3 FILE.py}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a program like python3 does: its output on stdout, "
        + "a traceback on stderr and exit code 1 when it fails.")
public final class RunCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Python program to run.")
    private Path file;

    public RunCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        SourceFile source = SourceFile.read(spec.commandLine(), file);
        int code = Cellscope.run(source.text(), source.name(), io.lines(), io.out(), io.err());
        io.out().flush();
        io.err().flush();
        return code;
    }
}
