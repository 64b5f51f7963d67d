package org.cellscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line in-process: exit codes and the one-line messages others script against. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Path> windows = new ArrayList<>();

    private Io io() {
        return new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private int cellscope(String... args) {
        return Cli.execute(args, io(), windows::add);
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private void assertOneLine(String text) {
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("cellscope: "), text);
    }

    @Test
    void noArgumentsOpensTheWindowOnTheDefaultExample() {
        assertEquals(0, cellscope());
        assertEquals(1, windows.size());
        assertNull(windows.get(0));
    }

    @Test
    void aFileArgumentOpensTheWindowOnIt() {
        assertEquals(0, cellscope("pom.xml"));
        assertEquals(List.of(Path.of("pom.xml")), windows);
    }

    @Test
    void aSubcommandNameWinsOverAFileOfThatName() {
        assertEquals(2, cellscope("run"));
        assertTrue(windows.isEmpty());
        assertOneLine(err());
        assertTrue(err().contains("Missing required parameter: 'FILE'"), err());
    }

    @Test
    void anUnknownOptionIsAOneLineUsageError() {
        assertEquals(2, cellscope("trace", "--bogus", "x.py"));
        assertOneLine(err());
        assertTrue(err().contains("Unknown option: '--bogus'") && err().contains("cellscope --help"), err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eventsAndJsonTogetherIsAUsageError() {
        assertEquals(2, cellscope("trace", "--events", "--json", "x.py"));
        assertOneLine(err());
    }

    @Test
    void aStepCapBelowOneIsAUsageError() {
        assertEquals(2, cellscope("trace", "--max-steps", "0", "pom.xml"));
        assertEquals("cellscope: --max-steps must be at least 1 (try 'cellscope --help')\n", err());
    }

    @Test
    void aMissingProgramIsReportedLikePython() {
        Path missing = Path.of("no-such-program.py").toAbsolutePath();
        assertEquals(2, cellscope("run", "no-such-program.py"));
        assertEquals("cellscope: can't open file '" + missing + "': [Errno 2] No such file or directory"
                + " (try 'cellscope --help')\n", err());
        assertEquals(2, cellscope("no-such-program.py"));
        assertTrue(windows.isEmpty(), "no window for a missing file");
    }

    @Test
    void ourOwnFailureIsOneLineWithoutAStackTrace() {
        int code = Cli.execute(new String[0], io(), file -> { throw new IllegalStateException("no display"); });
        assertEquals(1, code);
        assertEquals("cellscope: internal error: no display\n", err());
    }

    @Test
    void noDisplayIsOneLineThatPointsToTheHeadlessCommands() {
        int code = Cli.execute(new String[0], io(), file -> { throw new UnsupportedOperationException("Unable to open DISPLAY"); });
        assertEquals(1, code);
        assertEquals("cellscope: cannot open the window: Unable to open DISPLAY (run, trace and export need no display)\n",
                err());
    }

    @Test
    void helpGoesToStdoutAndExitsZero() {
        assertEquals(0, cellscope("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("run") && help.contains("trace") && help.contains("export"), help);
    }
}
