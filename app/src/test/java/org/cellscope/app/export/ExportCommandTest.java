package org.cellscope.app.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cellscope.app.cli.CellscopeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage errors of {@code cellscope export}: exit code 2 and one line on stderr. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String err) {}

    private Result run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CellscopeCommand(file -> { }));
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Result(cli.execute(all), err.toString());
    }

    private void assertUsage(String expected, Result r) {
        assertEquals(2, r.code(), r.err());
        assertEquals("cellscope export: " + expected + System.lineSeparator(), r.err());
    }

    private String program() throws Exception {
        return Files.writeString(dir.resolve("p.py"), "x = 1\n").toString();
    }

    @Test
    void missingFile() {
        assertUsage("cannot read nope.py: no such file", run("nope.py", "--last", "-o", "x.png"));
        assertUsage("missing FILE.py: export FILE.py --step N|--steps A-B|--last|--all -o OUT.png|DIR", run("--last", "-o", "x.png"));
    }

    @Test
    void stepChoice() throws Exception {
        String p = program();
        assertUsage("choose the steps with one of --step N, --steps A-B, --last, --all", run(p, "-o", "x.png"));
        assertUsage("choose only one of --step, --all", run(p, "--step", "2", "--all", "-o", "x.png"));
        assertUsage("--step expects a step number from 1, not 'two'", run(p, "--step", "two", "-o", "x.png"));
        assertUsage("--steps expects A-B, for example 3-9, not '7'", run(p, "--steps", "7", "-o", "d"));
    }

    @Test
    void otherOptions() throws Exception {
        String p = program();
        assertUsage("missing -o OUT.png (or -o DIR for several steps)", run(p, "--last"));
        assertUsage("--scale expects a number above 0 and at most 8, not '0'", run(p, "--last", "-o", "x.png", "--scale", "0"));
        assertUsage("--max-steps expects a whole number from 1, not '-5'", run(p, "--last", "-o", "x.png", "--max-steps", "-5"));
    }
}
