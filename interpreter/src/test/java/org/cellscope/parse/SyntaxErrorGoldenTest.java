package org.cellscope.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each program under parse/errors fails as it fails in CPython 3.11: same exception type,
 * message, line, offset and end offset (errors.golden, written by regen.sh).
 */
class SyntaxErrorGoldenTest {
    static final Path DIR = Path.of("src/test/resources/parse/errors");

    /** Lines of errors.golden: file, type, line, offset, end offset, message; tab-separated. */
    static Stream<String> cases() throws IOException {
        return Files.readAllLines(DIR.resolve("errors.golden")).stream().filter(l -> !l.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsAsCPythonDoes(String golden) throws IOException {
        String[] fields = golden.split("\t", 6);
        String source = Files.readString(DIR.resolve(fields[0]));
        PySyntaxError error = assertThrows(PySyntaxError.class, () -> Parser.parse(source, fields[0]));
        String actual = String.join("\t", fields[0], error.type(), Integer.toString(error.line()),
                Integer.toString(error.column()), Integer.toString(error.endColumn()), error.getMessage());
        assertEquals(golden, actual);
    }
}
