package org.cellscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run and trace on small programs; expected texts are python3 3.11's. */
class RunAndTraceTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cellscope(String stdin, String... args) {
        Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return Cli.execute(args, io, file -> { throw new AssertionError("no window in CLI tests"); });
    }

    private String program(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void runPrintsWhatThePythonProgramPrints() throws IOException {
        String file = program("greet.py", "def greet(name):\n    return 'Hi ' + name\nprint(greet(input()))\n");
        assertEquals(0, cellscope("Ada\n", "run", file));
        assertEquals("Hi Ada\n", out());
        assertEquals("", err());
    }

    @Test
    void aProgramThatNeverReadsInputDoesNotWaitForAnOpenStdin() throws IOException {
        String file = program("hi.py", "print('hi')\n");
        PipedOutputStream neverClosed = new PipedOutputStream();
        Io io = new Io(new PipedInputStream(neverClosed), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Cli.execute(new String[] {"run", file}, io, f -> { }));
        assertEquals(0, code);
        assertEquals("hi\n", out());
    }

    @Test
    void inputShowsItsPromptThenWaitsForTheLine() throws Exception {
        String file = program("ask.py", "name = input('Name? ')\nprint('Hi', name)\nprint(input())\n");
        PipedOutputStream typing = new PipedOutputStream();
        Io io = new Io(new PipedInputStream(typing), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> Cli.execute(new String[] {"run", file}, io, f -> { }));
        // as at a terminal: the answer comes only once the prompt is on the screen
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (!out().equals("Name? ")) Thread.sleep(10);
        });
        typing.write("Ada\n".getBytes(StandardCharsets.UTF_8));
        typing.close(); // end of input: the second input() raises EOFError
        assertEquals(1, run.get(10, TimeUnit.SECONDS));
        assertEquals("Name? Hi Ada\n", out());
        assertTrue(err().endsWith("EOFError: EOF when reading a line\n"), err());
    }

    @Test
    void runReportsAnUncaughtExceptionWithATracebackAndExitOne() throws IOException {
        String file = program("boom.py", "print('before')\nx = 1 // 0\n");
        assertEquals(1, cellscope("", "run", file));
        assertEquals("before\n", out());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + file + "\", line 2, in <module>\n"
                + "    x = 1 // 0\n"
                + "        ~~^^~~\n"
                + "ZeroDivisionError: integer division or modulo by zero\n", err());
    }

    @Test
    void traceEventsPrintsOneLinePerEventAndNothingElse() throws IOException {
        String file = program("f.py", "def f():\n    return 1\nprint(f())\n");
        assertEquals(0, cellscope("", "trace", "--events", file));
        assertEquals("call <module> 0\nline <module> 1\nline <module> 3\ncall f 1\nline f 2\nreturn f 2\n"
                + "return <module> 3\n", out());
    }

    @Test
    void traceEventsNameTheExceptionType() throws IOException {
        String file = program("raise.py", "d = {}\nd['k']\n");
        assertEquals(1, cellscope("", "trace", file));
        assertEquals("call <module> 0\nline <module> 1\nline <module> 2\nexception <module> 2 KeyError\n"
                + "return <module> 2\n", out());
        assertTrue(err().endsWith("KeyError: 'k'\n"), err());
    }

    @Test
    void theStepCapStopsTheTraceAndSaysSoOnStderr() throws IOException {
        String file = program("loop.py", "while True:\n    pass\n");
        cellscope("", "trace", "--max-steps", "5", file);
        assertEquals(5, out().lines().count());
        assertTrue(err().contains("stopped after 5 steps"), err());
    }
}
