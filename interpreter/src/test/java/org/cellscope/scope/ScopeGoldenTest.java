package org.cellscope.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cellscope.parse.Parser;
import org.cellscope.parse.PySyntaxError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each program under resources/scope has CPython's answer beside it (written by dump_scopes.py):
 * PROGRAM.scopes for the code objects and symbol scopes, or PROGRAM.err for its SyntaxError.
 * {@code -Dscope.corpus=DIR} runs another corpus instead, such as one fuzz_scopes.py wrote.
 */
class ScopeGoldenTest {
    private static final Path DIR = Path.of(System.getProperty("scope.corpus", "src/test/resources/scope"));

    static Stream<Path> programs() throws IOException {
        return files(DIR, ".scopes");
    }

    static Stream<Path> errorPrograms() throws IOException {
        return files(DIR.resolve("errors"), ".err");
    }

    private static Stream<Path> files(Path dir, String goldenSuffix) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> Files.exists(golden(p, goldenSuffix)))
                    .sorted().toList().stream();
        }
    }

    private static Path golden(Path program, String suffix) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void scopesMatchCpython(Path program) throws Exception {
        String dump = ScopeDump.dump(analyze(Files.readString(program), program));
        assertEquals(Files.readString(golden(program, ".scopes")), dump);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorPrograms")
    void syntaxErrorsMatchCpython(Path program) throws Exception {
        String source = Files.readString(program);
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> analyze(source, program));
        String actual = e.line() + ":" + e.column() + "-" + e.endColumn() + ": " + e.getMessage() + "\n";
        assertEquals(Files.readString(golden(program, ".err")), actual);
    }

    private static ScopeTable analyze(String source, Path program) {
        return ScopeAnalyzer.analyze(Parser.parse(source, program.getFileName().toString()));
    }
}
