package org.cellscope.parse;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every prefix of every test program either parses or fails with a PySyntaxError or
 * UnsupportedFeature: no other exception, whatever point the text is cut at.
 */
class ParserRobustnessTest {
    static Stream<Path> programs() throws IOException {
        return Stream.concat(AstGoldenTest.programs(), Files.list(SyntaxErrorGoldenTest.DIR)
                .filter(p -> p.toString().endsWith(".py")).sorted());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyPrefixFailsCleanly(Path program) throws IOException {
        String source = Files.readString(program);
        for (int end = 0; end <= source.length(); end++) {
            String prefix = source.substring(0, end);
            try {
                Parser.parse(prefix, "prefix.py");
            } catch (PySyntaxError | UnsupportedFeature expected) {
                // the point of the test: only these two may escape
            } catch (RuntimeException e) {
                fail("cut at " + end + ": " + prefix + "\n" + e, e);
            }
        }
    }
}
