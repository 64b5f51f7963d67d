package org.cellscope.app.export;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cellscope.app.diagram.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceExporterTest {
    private final FixtureTrace trace = new FixtureTrace(
            List.of(Fixtures.counterReturn(), Fixtures.counterAfterReturn(), Fixtures.counterInCall()), "c = 1\n");

    @Test
    void severalStepsGoIntoAFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("shots");
        List<Path> files = new TraceExporter().export(trace, 2, 3, out, ExportOptions.plain());
        assertEquals(List.of(out.resolve("step-0002.png"), out.resolve("step-0003.png")), files);
        for (Path f : files) assertTrue(Files.size(f) > 1000, f + " written");
    }

    @Test
    void oneStepGoesToTheNamedFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("nested/one.png");
        assertEquals(List.of(out), new TraceExporter().export(trace, 1, 1, out, ExportOptions.plain()));
        assertTrue(Files.exists(out));
    }

    @Test
    void severalStepsRefuseAFileAsFolder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken.png"), "x");
        var e = assertThrows(ExportException.class, () -> new TraceExporter().export(trace, 1, 2, file, ExportOptions.plain()));
        assertTrue(e.getMessage().endsWith("is a file; several steps need a folder for -o"), e.getMessage());
    }
}
