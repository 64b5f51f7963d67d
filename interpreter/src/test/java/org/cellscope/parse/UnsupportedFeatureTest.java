package org.cellscope.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Valid Python that Cellscope does not run is named, not reported as a SyntaxError. */
class UnsupportedFeatureTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "async def f():\\n    pass\\n|async functions are not supported by Cellscope|1|1",
        "@dec\\nasync def f():\\n    pass\\n|async functions are not supported by Cellscope|2|1",
        "def f():\\n    async for x in y:\\n        pass\\n|async for loops are not supported by Cellscope|2|5",
        "def f():\\n    async with x:\\n        pass\\n|async with statements are not supported by Cellscope|2|5",
        "try:\\n    pass\\nexcept* ValueError:\\n    pass\\n|except* clauses are not supported by Cellscope|3|1",
        "x = 1\\nmatch x:\\n    case 1:\\n        pass\\n|match statements are not supported by Cellscope|2|1",
        "def f():\\n    match (a, b):\\n        case _:\\n            pass\\n|match statements are not supported by Cellscope|2|5",
    })
    void namesTheFeature(String source, String message, int line, int column) {
        UnsupportedFeature e = assertThrows(UnsupportedFeature.class,
                () -> Parser.parse(source.replace("\\n", "\n"), "x.py"));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
    }
}
