package org.cellscope.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Private name mangling as CPython 3.11 applies it to co_varnames (checked with python3). */
class ManglingTest {
    @ParameterizedTest(name = "class {0}: {1} -> {2}")
    @CsvSource({
        "K, __b, _K__b",
        "__A, __y, _A__y",       // the class name's leading underscores go
        "_, __x, __x",           // a class named only underscores mangles nothing
        "__A, __z__, __z__",     // dunder names stay
        "__A, _w, _w",
        "__A, __, __",
        "K, __a.b, __a.b",       // dotted import names stay
    })
    void mangles(String className, String name, String expected) {
        assertEquals(expected, Mangling.mangle(className, name));
    }

    @ParameterizedTest
    @CsvSource({"__x", "x"})
    void outsideAClassNothingIsMangled(String name) {
        assertEquals(name, Mangling.mangle(null, name));
    }
}
