package org.cellscope.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A program file given on the command line: its text and the name tracebacks show. */
public record SourceFile(String name, String text) {

    /**
     * Reads the file; a file that cannot be read is a usage error worded like python3's
     * ({@code can't open file '/abs/x.py': [Errno 2] No such file or directory}).
     */
    public static SourceFile read(CommandLine cmd, Path path) {
        // python3 shows the absolute path, not normalised ("/tmp/./x.py").
        String name = path.toAbsolutePath().toString();
        try {
            return new SourceFile(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw cannotOpen(cmd, name, "[Errno 2] No such file or directory");
        } catch (IOException | RuntimeException e) {
            String reason = Files.isDirectory(path) ? "[Errno 21] Is a directory" : String.valueOf(e.getMessage());
            throw cannotOpen(cmd, name, reason);
        }
    }

    private static ParameterException cannotOpen(CommandLine cmd, String name, String reason) {
        return new ParameterException(cmd, "can't open file '" + name + "': " + reason);
    }
}
