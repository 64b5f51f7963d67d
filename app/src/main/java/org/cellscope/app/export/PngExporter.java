package org.cellscope.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.transform.Scale;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.cellscope.app.diagram.view.DiagramView;
import org.cellscope.trace.StepView;

/**
 * Renders steps to PNG with the window's own {@link DiagramView}, no display needed. One
 * exporter keeps one view, so consecutive steps keep their objects in place like the window does.
 */
public final class PngExporter {
    private DiagramView view;

    /** Draws step (previous: the step before it, for ghosts; may be null) into an image. */
    public BufferedImage render(StepView step, StepView previous, String source, ExportOptions options) throws ExportException {
        return HeadlessFx.call(() -> {
            if (view == null) {
                view = new DiagramView();
                view.setAnimationDuration(Duration.ZERO);
            }
            view.show(step, previous);
            HBox root = new HBox(view);
            root.getStyleClass().add("export-root");
            root.getStylesheets().add(Objects.requireNonNull(PngExporter.class.getResource("/org/cellscope/app/diagram/export.css")).toExternalForm());
            if (options.withCode()) root.getChildren().add(0, new CodePanel(source, options.fileName(), step));
            new Scene(root); // CSS and layout only run inside a scene
            root.applyCss();
            root.layout();
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(new Scale(options.scale(), options.scale()));
            WritableImage image = root.snapshot(params, null);
            root.getChildren().clear(); // frees the view for the next step's scene
            return SwingFXUtils.fromFXImage(image, null);
        });
    }

    /** Writes image as PNG to file, creating its folder. */
    public void write(BufferedImage image, Path file) throws ExportException {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            if (!ImageIO.write(image, "png", file.toFile())) throw new ExportException("no PNG writer available");
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
