package org.cellscope.app.diagram;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Keeps pictures made by tests under target/diagram-shots so that a person can look at them. */
public final class ReviewShots {
    private ReviewShots() {}

    public static void save(BufferedImage image, String name) throws IOException {
        Path dir = Path.of("target", "diagram-shots");
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve(name).toFile());
    }
}
