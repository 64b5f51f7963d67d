package org.cellscope.app.export;

import static org.cellscope.app.TestPrograms.COUNTER;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cellscope.app.diagram.ChapterFixtures;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Fixtures;
import org.cellscope.app.diagram.ReviewShots;
import javafx.scene.Scene;
import org.cellscope.app.diagram.view.DiagramView;
import org.cellscope.app.diagram.layout.Metrics;
import org.cellscope.trace.LineMarkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExporterTest {
    /** Step 9 of the counter: line 9 just ran, line 10 runs next. */
    private static final LineMarkers MARKERS = new LineMarkers(9, 10);

    @Test
    void writesAPngWithTheCellDrawn(@TempDir Path dir) throws Exception {
        PngExporter exporter = new PngExporter();
        BufferedImage image = exporter.render(Fixtures.counterAfterReturn(), Fixtures.counterReturn(), COUNTER, MARKERS, ExportOptions.plain());
        Path file = dir.resolve("step.png");
        exporter.write(image, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        BufferedImage read = ImageIO.read(file.toFile());
        double[] drawn = HeadlessFx.call(() -> {
            DiagramView view = new DiagramView();
            new Scene(view);
            view.show(Fixtures.counterAfterReturn(), Fixtures.counterReturn());
            view.applyCss();
            var cell = view.nodeFor(DiagramModel.objectKey(Fixtures.COUNT_CELL));
            return new double[] {view.prefWidth(-1), view.prefHeight(-1), cell.getLayoutX(), cell.getLayoutY()};
        });
        assertEquals(Math.ceil(drawn[0]), read.getWidth(), "as wide as the diagram");
        assertEquals(Math.ceil(drawn[1]), read.getHeight(), "as tall as the diagram and its legend");
        // the pill's orange border at its left end, halfway down
        int x = (int) drawn[2] + 1, y = (int) (drawn[3] + Metrics.CELL_TAG + Metrics.CELL_PILL / 2);
        assertTrue(isOrange(read.getRGB(x, y)), "cell border drawn");
        assertFalse(isOrange(read.getRGB(x + 12, y)), "the cell's inside is pale");
        saveForReview(image, "counter-after-return.png");
    }

    @Test
    void scaleAndCodePanelWidenThePicture() throws Exception {
        PngExporter exporter = new PngExporter();
        BufferedImage one = exporter.render(Fixtures.counterAfterReturn(), Fixtures.counterReturn(), COUNTER, MARKERS, ExportOptions.plain());
        BufferedImage two = exporter.render(Fixtures.counterAfterReturn(), Fixtures.counterReturn(), COUNTER, MARKERS, new ExportOptions(2, false, ""));
        assertEquals(2 * one.getWidth(), two.getWidth(), 2);
        assertEquals(2 * one.getHeight(), two.getHeight(), 2);
        BufferedImage code = exporter.render(Fixtures.counterAfterReturn(), Fixtures.counterReturn(), COUNTER, MARKERS, new ExportOptions(1, true, "counter.py"));
        assertTrue(code.getWidth() > one.getWidth() + 200);
        saveForReview(code, "counter-with-code.png");
        saveForReview(new PngExporter().render(Fixtures.lambdasReturn(), null, "", MARKERS, ExportOptions.plain()), "lambdas-return.png");
        saveForReview(new PngExporter().render(Fixtures.lambdasDone(), Fixtures.lambdasReturn(), "", MARKERS, ExportOptions.plain()), "lambdas.png");
        saveForReview(exporter.render(Fixtures.counterInCall(), null, "", MARKERS, ExportOptions.plain()), "counter-in-call.png");
        saveForReview(new PngExporter().render(Fixtures.fixedLambdasDone(), null, "", MARKERS, ExportOptions.plain()), "fixed-lambdas.png");
        saveForReview(new PngExporter().render(ChapterFixtures.decoratorInWrapper(), null, "", MARKERS, ExportOptions.plain()), "decorator.png");
        saveForReview(new PngExporter().render(ChapterFixtures.accumulatorDone(), null, "", MARKERS, ExportOptions.plain()), "accumulator.png");
        saveForReview(new PngExporter().render(ChapterFixtures.factorialDeep(), null, "", MARKERS, ExportOptions.plain()), "factorial.png");
        saveForReview(new PngExporter().render(ChapterFixtures.unboundLocal(), null, "", MARKERS, ExportOptions.plain()), "unbound.png");
    }

    private static boolean isOrange(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r > 180 && g > 120 && g < 210 && b < 90;
    }

    private static void saveForReview(BufferedImage image, String name) throws Exception {
        ReviewShots.save(image, name);
    }
}
