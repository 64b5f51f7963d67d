package org.cellscope.app.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Python programs on disk: the file dialogs, reading and writing (UTF-8, as python3 reads them). */
final class ProgramFiles {
    private ProgramFiles() {}

    static Optional<Path> chooseToOpen(Window owner) {
        return Optional.ofNullable(chooser("Open a Python program").showOpenDialog(owner)).map(File::toPath);
    }

    static Optional<Path> chooseToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save the program as");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    static Program read(Path path) throws IOException {
        return program(path, Files.readString(path, StandardCharsets.UTF_8));
    }

    static void write(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /** A file's program: tracebacks name it by its absolute path, as python3 does. */
    static Program program(Path path, String text) {
        return new Program(path.getFileName().toString(), path.toAbsolutePath().toString(), text, path);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Python programs", "*.py"));
        return chooser;
    }
}
