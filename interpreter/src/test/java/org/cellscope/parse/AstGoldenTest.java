package org.cellscope.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each program under parse/ast parses to the tree CPython's ast gives (regen.sh writes the .ast files). */
class AstGoldenTest {
    static final Path DIR = Path.of("src/test/resources/parse/ast");

    static Stream<Path> programs() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".py")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesCPythonAst(Path program) throws IOException {
        String expected = Files.readString(Path.of(program.toString().replaceAll("\\.py$", ".ast")));
        String source = Files.readString(program);
        assertEquals(expected.strip(), AstDumper.dump(Parser.parse(source, program.toString())));
    }
}
