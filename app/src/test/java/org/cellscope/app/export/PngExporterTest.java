package org.cellscope.app.export;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cellscope.app.diagram.ChapterFixtures;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Fixtures;
import org.cellscope.app.diagram.ReviewShots;
import org.cellscope.app.diagram.layout.Layout;
import org.cellscope.app.diagram.layout.Metrics;
import org.cellscope.app.diagram.layout.Rect;
import org.cellscope.app.diagram.layout.TextMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExporterTest {
    private static final String COUNTER = """
            def make_counter():
                count = 0
                def counter():
                    nonlocal count
                    count += 1
                    return count
                return counter

            c = make_counter()
            print(c(), c())
            """;

    @Test
    void writesAPngWithTheCellDrawn(@TempDir Path dir) throws Exception {
        PngExporter exporter = new PngExporter();
        BufferedImage image = exporter.render(Fixtures.counterAfterReturn(), Fixtures.counterReturn(), COUNTER, ExportOptions.plain());
        Path file = dir.resolve("step.png");
        exporter.write(image, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        BufferedImage read = ImageIO.read(file.toFile());
        Layout layout = Layout.of(DiagramModel.of(Fixtures.counterAfterReturn(), Fixtures.counterReturn()), TextMeasure.ESTIMATE, null);
        assertEquals(image.getWidth(), read.getWidth());
        assertEquals(layout.width(), read.getWidth(), 60, "about as wide as the layout");
        assertTrue(read.getHeight() > layout.height(), "the legend sits under the layout");
        Rect cell = layout.bounds(DiagramModel.objectKey(Fixtures.COUNT_CELL));
        // the pill's orange border at its left end, halfway down
        assertTrue(isOrange(read.getRGB((int) cell.x() + 2, (int) (cell.y() + Metrics.CELL_TAG + Metrics.CELL_PILL / 2))), "cell border drawn");
        saveForReview(image, "counter-after-return.png");
    }

    @Test
    void scaleAndCodePanelWidenThePicture() throws Exception {
        PngExporter exporter = new PngExporter();
        BufferedImage one = exporter.render(Fixtures.counterAfterReturn(), Fixtures.counterReturn(), COUNTER, ExportOptions.plain());
        BufferedImage two = exporter.render(Fixtures.counterAfterReturn(), Fixtures.counterReturn(), COUNTER, new ExportOptions(2, false, ""));
        assertEquals(2 * one.getWidth(), two.getWidth(), 2);
        assertEquals(2 * one.getHeight(), two.getHeight(), 2);
        BufferedImage code = exporter.render(Fixtures.counterAfterReturn(), Fixtures.counterReturn(), COUNTER, new ExportOptions(1, true, "counter.py"));
        assertTrue(code.getWidth() > one.getWidth() + 200);
        saveForReview(code, "counter-with-code.png");
        saveForReview(new PngExporter().render(Fixtures.lambdasReturn(), null, "", ExportOptions.plain()), "lambdas-return.png");
        saveForReview(new PngExporter().render(Fixtures.lambdasDone(), Fixtures.lambdasReturn(), "", ExportOptions.plain()), "lambdas.png");
        saveForReview(exporter.render(Fixtures.counterInCall(), null, "", ExportOptions.plain()), "counter-in-call.png");
        saveForReview(new PngExporter().render(Fixtures.fixedLambdasDone(), null, "", ExportOptions.plain()), "fixed-lambdas.png");
        saveForReview(new PngExporter().render(ChapterFixtures.decoratorInWrapper(), null, "", ExportOptions.plain()), "decorator.png");
        saveForReview(new PngExporter().render(ChapterFixtures.accumulatorDone(), null, "", ExportOptions.plain()), "accumulator.png");
        saveForReview(new PngExporter().render(ChapterFixtures.factorialDeep(), null, "", ExportOptions.plain()), "factorial.png");
        saveForReview(new PngExporter().render(ChapterFixtures.unboundLocal(), null, "", ExportOptions.plain()), "unbound.png");
    }

    private static boolean isOrange(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r > 180 && g > 120 && g < 210 && b < 90;
    }

    private static void saveForReview(BufferedImage image, String name) throws Exception {
        ReviewShots.save(image, name);
    }
}
