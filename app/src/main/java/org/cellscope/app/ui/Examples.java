package org.cellscope.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The example programs bundled on the classpath under {@code /examples}. */
public final class Examples {
    public static final String DEFAULT = "03_nonlocal_counter.py";

    private Examples() {}

    /** File names in order ("01_closure_remembers.py", ...); empty when none are bundled. */
    public static List<String> names() {
        try {
            Path codeSource = Path.of(Examples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(codeSource)) return list(codeSource.resolve("examples"));
            try (FileSystem jar = FileSystems.newFileSystem(codeSource, Map.of())) {
                return list(jar.getPath("/examples"));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    /** The example to open when none is asked for: the counter, or else the first one. */
    public static Program defaultProgram() {
        List<String> names = names();
        if (names.contains(DEFAULT)) return load(DEFAULT);
        return names.isEmpty() ? new Program("untitled.py", "untitled.py", "", null) : load(names.get(0));
    }

    public static Program load(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) throw new IOException("no bundled example " + name);
            return new Program(name, name, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList();
        }
    }
}
