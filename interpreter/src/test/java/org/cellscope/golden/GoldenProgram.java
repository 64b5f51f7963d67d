package org.cellscope.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One golden program and CPython's answers: NAME.py with NAME.stdout, NAME.stderr, NAME.exit,
 * NAME.events and an optional NAME.stdin in the folder goldens (beside the program, except for
 * the bundled examples, which stay in resources/).
 *
 * @param id the path relative to the golden root with '/' separators, e.g. {@code skeleton/x.py}
 */
record GoldenProgram(String id, Path file, Path goldens) {

    /** A program with its goldens beside it. */
    GoldenProgram(String id, Path file) {
        this(id, file, file.getParent());
    }

    String fileName() {
        return file.getFileName().toString();
    }

    String source() {
        return read(file);
    }

    String stdin() {
        Path p = sibling(".stdin");
        return Files.exists(p) ? read(p) : "";
    }

    String expectedStdout() {
        return read(sibling(".stdout"));
    }

    String expectedStderr() {
        return read(sibling(".stderr"));
    }

    int expectedExit() {
        return Integer.parseInt(read(sibling(".exit")).strip());
    }

    /** Empty when CPython's run changed under the tracer, so no events golden was kept. */
    Optional<List<String>> expectedEvents() {
        Path p = sibling(".events");
        return Files.exists(p) ? Optional.of(read(p).lines().toList()) : Optional.empty();
    }

    private Path sibling(String extension) {
        String name = fileName();
        return goldens.resolve(name.substring(0, name.length() - ".py".length()) + extension);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("golden file missing: " + p, e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
