package org.cellscope.app.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.HBox;
import javafx.scene.transform.Scale;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.cellscope.app.diagram.view.DiagramView;
import org.cellscope.trace.LineMarkers;
import org.cellscope.trace.StepView;

/**
 * Renders steps to PNG with the window's own {@link DiagramView}, no display needed. One
 * exporter keeps one view, so consecutive steps keep their objects in place like the window does.
 */
public final class PngExporter {
    private DiagramView view;
    private HBox root;

    /**
     * Draws step (previous: the step before it, for ghosts; may be null) into an image; with
     * {@code withCode}, the source goes beside it with markers' arrows.
     */
    public BufferedImage render(StepView step, StepView previous, String source, LineMarkers markers,
                                ExportOptions options) throws ExportException {
        return HeadlessFx.call(() -> {
            if (view == null) createView();
            view.show(step, previous);
            if (options.withCode()) root.getChildren().setAll(new CodePanel(source, options.fileName(), step.index() + 1, markers), view);
            else root.getChildren().setAll(view);
            root.applyCss();
            double w = Math.ceil(root.prefWidth(-1)), h = Math.ceil(root.prefHeight(w));
            root.resize(w, h);
            root.layout();
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(new Scale(options.scale(), options.scale()));
            // an explicit viewport: shadows reaching past the edge must not change the picture's size
            params.setViewport(new Rectangle2D(0, 0, Math.round(w * options.scale()), Math.round(h * options.scale())));
            return opaque(SwingFXUtils.fromFXImage(root.snapshot(params, null), null));
        });
    }

    private void createView() {
        view = new DiagramView();
        view.setAnimationDuration(Duration.ZERO);
        root = new HBox(view);
        root.getStyleClass().add("export-root");
        root.getStylesheets().add(Objects.requireNonNull(PngExporter.class.getResource("/org/cellscope/app/diagram/export.css")).toExternalForm());
        new Scene(root); // CSS and layout only run inside a scene
    }

    /** The picture has no transparency; without an alpha channel the PNG is smaller and faster to write. */
    private static BufferedImage opaque(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /**
     * Writes image as PNG to file, creating its folder. The stream is opened here, not by ImageIO,
     * which prints a stack trace of its own when it cannot create the file.
     */
    public void write(BufferedImage image, Path file) throws ExportException {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(file)) {
                if (!ImageIO.write(image, "png", out)) throw new ExportException("no PNG writer available");
            }
        } catch (FileSystemException e) {
            throw new ExportException("cannot write " + file + ": " + reason(e), e);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "a file is in the way";
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
