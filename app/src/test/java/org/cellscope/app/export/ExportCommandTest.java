package org.cellscope.app.export;

import static org.cellscope.app.TestPrograms.COUNTER;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cellscope.app.cli.Cli;
import org.cellscope.app.cli.Io;
import org.cellscope.app.diagram.ReviewShots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cellscope export} end to end on real traces: files written, exit codes, one-line errors. */
class ExportCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int export(String... args) {
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        String[] all = Stream.concat(Stream.of("export"), Stream.of(args)).toArray(String[]::new);
        return Cli.execute(all, io, path -> fail("no window for export"));
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private String program(String source) throws Exception {
        return Files.writeString(dir.resolve("counter.py"), source).toString();
    }

    private void assertUsage(String fragment, int code) {
        String text = err();
        err.reset();
        assertEquals(2, code, text);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("cellscope: ") && text.contains(fragment), text);
    }

    @Test
    void oneStepToAFile() throws Exception {
        Path png = dir.resolve("step9.png");
        assertEquals(0, export(program(COUNTER), "--step", "9", "-o", png.toString()), err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 600 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
        assertEquals("wrote " + png + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
        ReviewShots.save(image, "real-counter-step9.png");
    }

    @Test
    void allStepsIntoAFolderPaddedToFourDigits() throws Exception {
        Path folder = dir.resolve("shots");
        assertEquals(0, export(program(COUNTER), "--all", "-o", folder.toString()), err());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(18, names.size());
            assertEquals("step-0001.png", names.get(0));
            assertEquals("step-0018.png", names.get(17));
        }
    }

    @Test
    void scaleTwoWithCodeDoublesThePixels() throws Exception {
        Path one = dir.resolve("one.png"), two = dir.resolve("two.png");
        String p = program(COUNTER);
        assertEquals(0, export(p, "--steps", "13-13", "--with-code", "-o", one.toString()), err());
        assertEquals(0, export(p, "--steps", "13-13", "--with-code", "--scale", "2", "-o", two.toString()), err());
        BufferedImage a = ImageIO.read(one.toFile()), b = ImageIO.read(two.toFile());
        assertEquals(2 * a.getWidth(), b.getWidth(), 2);
        assertEquals(2 * a.getHeight(), b.getHeight(), 2);
        ReviewShots.save(a, "real-counter-step13-code.png");
    }

    @Test
    void stepOutOfRangeNamesTheValidRange() throws Exception {
        assertUsage("step 19 is out of range: the trace has steps 1-18",
                export(program(COUNTER), "--step", "19", "-o", dir.resolve("x.png").toString()));
    }

    @Test
    void syntaxErrorPrintsPythonsReportAndExitsOne() throws Exception {
        String p = program("x = )\n");
        int code = export(p, "--last", "-o", dir.resolve("x.png").toString());
        assertEquals(1, code);
        // python3 x.py prints exactly this
        assertEquals("  File \"" + p + "\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n", err());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void anUnwritableOutputIsOneLineAndExitOne() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Path png = blocker.resolve("x.png");
        assertEquals(1, export(program(COUNTER), "--last", "-o", png.toString()));
        assertEquals("cellscope: export failed: cannot write " + png + ": a file is in the way" + System.lineSeparator(), err());
    }

    @Test
    void helpDescribesTheOptions() throws Exception {
        assertEquals(0, export("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--steps=A-B") && help.contains("--with-code") && help.contains("--scale=S"), help);
    }

    @Test
    void usageErrorsAreOneLine() throws Exception {
        String p = program(COUNTER);
        assertUsage("can't open file", export(dir.resolve("nope.py").toString(), "--last", "-o", "x.png"));
        assertUsage("--step", export(p, "-o", "x.png"));
        assertUsage("mutually exclusive", export(p, "--step", "2", "--all", "-o", "x.png"));
        assertUsage("'--step'", export(p, "--step", "two", "-o", "x.png"));
        assertUsage("--steps expects A-B, for example 3-9, not '7'", export(p, "--steps", "7", "-o", "d"));
        assertUsage("--step expects a step number from 1, not '0'", export(p, "--step", "0", "-o", "x.png"));
        assertUsage("'--output", export(p, "--last"));
        assertUsage("--scale must be above 0 and at most 8", export(p, "--last", "-o", "x.png", "--scale", "0"));
        assertUsage("--max-steps must be at least 1", export(p, "--last", "-o", "x.png", "--max-steps", "0"));
    }
}
