package org.cellscope.golden;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cellscope.Cellscope;
import org.cellscope.trace.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CPython conformance suite: every {@code *.py} under src/test/golden is run by Cellscope and
 * compared with what python3 printed (tools/regen-goldens.sh), then recorded and its trace events
 * compared with sys.settrace's. Programs listed in PENDING are skipped with the listed reason.
 */
class GoldenTest {

    private static final Path ROOT = Path.of("src", "test", "golden");
    /** The bundled example programs; their goldens are in golden/examples. */
    private static final Path EXAMPLES = Path.of("..", "resources");
    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    // -Dgolden.ignorePending=true runs everything, for tools/pending-report.py to rewrite PENDING.
    private static final PendingList PENDING = Boolean.getBoolean("golden.ignorePending")
            ? PendingList.parse(List.of())
            : PendingList.read(ROOT.resolve("PENDING"));

    static Stream<GoldenProgram> programs() throws IOException {
        List<GoldenProgram> all = new ArrayList<>();
        try (Stream<Path> examples = Files.list(EXAMPLES)) {
            examples.filter(GoldenTest::isProgram).sorted().forEach(p ->
                    all.add(new GoldenProgram("examples/" + p.getFileName(), p, ROOT.resolve("examples"))));
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(GoldenTest::isProgram).sorted().forEach(p ->
                    all.add(new GoldenProgram(ROOT.relativize(p).toString().replace('\\', '/'), p)));
        }
        return all.stream();
    }

    private static boolean isProgram(Path p) {
        return p.toString().endsWith(".py");
    }

    @ParameterizedTest(name = "run {0}")
    @MethodSource("programs")
    void runMatchesCpython(GoldenProgram program) {
        skipIfPending(program, PendingList.Check.RUN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = withinTimeLimit(program,
                    () -> Cellscope.run(program.source(), program.fileName(), program.stdin(), o, e));
        }
        String stdout = OutputComparison.maskAddresses(out.toString(StandardCharsets.UTF_8));
        String stderr = OutputComparison.maskAddresses(err.toString(StandardCharsets.UTF_8));

        List<String> problems = new ArrayList<>();
        addIfPresent(problems, OutputComparison.firstDifference("stdout", program.expectedStdout(), stdout));
        addIfPresent(problems, OutputComparison.firstDifference("stderr", program.expectedStderr(), stderr));
        if (exit != program.expectedExit()) {
            problems.add("exit code: expected " + program.expectedExit() + ", got " + exit);
        }
        failIfAny(program, problems);
    }

    @ParameterizedTest(name = "trace {0}")
    @MethodSource("programs")
    void traceEventsMatchSettrace(GoldenProgram program) {
        skipIfPending(program, PendingList.Check.EVENTS);
        Optional<List<String>> expected = program.expectedEvents();
        assumeTrue(expected.isPresent(),
                "no .events golden: CPython behaves differently under sys.settrace (see tools/)");

        Trace trace = withinTimeLimit(program, () -> Cellscope.record(program.source(), program.fileName(),
                program.stdin(), Cellscope.DEFAULT_MAX_STEPS));
        List<String> actual = new ArrayList<>(trace.size());
        for (int i = 0; i < trace.size(); i++) {
            actual.add(trace.event(i).format());
        }
        // The window shows a recorded run's traceback and exit code, so they must match too.
        List<String> problems = new ArrayList<>();
        addIfPresent(problems, OutputComparison.firstDifference("events", expected.get(), actual));
        addIfPresent(problems, OutputComparison.firstDifference("recorded stderr", program.expectedStderr(),
                OutputComparison.maskAddresses(trace.errorOutput())));
        if (trace.exitCode() != program.expectedExit()) {
            problems.add("recorded exit code: expected " + program.expectedExit() + ", got " + trace.exitCode());
        }
        failIfAny(program, problems);
    }

    @Test
    void pendingEntriesNameExistingPrograms() throws IOException {
        List<String> ids = programs().map(GoldenProgram::id).toList();
        for (PendingList.Entry entry : PENDING.entries()) {
            boolean exists = entry.path().endsWith("/") ? Files.isDirectory(ROOT.resolve(entry.path()))
                    : ids.contains(entry.path());
            assertTrue(exists, "PENDING lists " + entry.path() + ", which is not a golden program or group");
        }
    }

    @Test
    void everyProgramHasItsGoldens() throws IOException {
        List<GoldenProgram> all = programs().toList();
        assertTrue(all.size() > 0, "no golden programs found under " + ROOT.toAbsolutePath());
        for (GoldenProgram p : all) {
            assertDoesNotThrow(() -> {
                p.expectedStdout();
                p.expectedStderr();
                p.expectedExit();
            }, p.id() + " lacks its goldens: run tools/regen-goldens.sh");
        }
    }

    /** A program that loops forever in Cellscope fails its test instead of hanging the build. */
    private static <T> T withinTimeLimit(GoldenProgram program, ThrowingSupplier<T> run) {
        return assertTimeoutPreemptively(TIME_LIMIT, run, () -> program.id() + " ran longer than " + TIME_LIMIT);
    }

    private static void skipIfPending(GoldenProgram program, PendingList.Check check) {
        Optional<String> reason = PENDING.reason(program.id(), check);
        assumeFalse(reason.isPresent(), () -> "pending: " + reason.orElse(""));
    }

    private static void failIfAny(GoldenProgram program, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(program.id() + "\n" + String.join("\n", problems));
        }
    }

    private static void addIfPresent(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
