package org.cellscope.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Programs too deep to compile fail as in CPython, never with a Java StackOverflowError. */
class ParserLimitsTest {
    @Test
    void endlessSumIsARecursionError() {
        String source = "x = " + "1+".repeat(100_000) + "1\n";
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(source, "deep.py"));
        assertEquals("RecursionError", e.type());
        assertEquals("maximum recursion depth exceeded during compilation", e.getMessage());
    }

    @Test
    void endlessUnaryMinusIsARecursionError() {
        String source = "x = " + "-".repeat(100_000) + "1\n";
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(source, "deep.py"));
        assertEquals("RecursionError", e.type());
    }
}
