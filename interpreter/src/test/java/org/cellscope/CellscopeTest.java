package org.cellscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.Trace;
import org.junit.jupiter.api.Test;

/** The facade on bad input: a named feature, a step cap, deep recursion; never a Java error. */
class CellscopeTest {
    private record Result(int exit, String out, String err) {}

    private static Result run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = Cellscope.run(source, "p.py", "", new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnsupportedFeatureIsNamedAtItsLine() {
        Result r = run("x = 1\nasync def f():\n    pass\n");
        assertEquals(1, r.exit());
        assertEquals("  File \"p.py\", line 2\nNotImplementedError: async functions are not supported by Cellscope\n", r.err());
    }

    @Test
    void aGenericClassIsNamedAsUnsupportedWhereItIsDefined() {
        Result r = run("from typing import Generic, TypeVar\nT = TypeVar('T')\nprint(T)\nclass Stack(Generic[T]):\n    pass\n");
        assertEquals(1, r.exit());
        assertEquals("~T\n", r.out(), "typing itself works; only the generic class is refused");
        assertTrue(r.err().contains("line 4, in <module>"), r.err());
        assertTrue(r.err().endsWith("NotImplementedError: classes based on typing's Generic, Protocol, NamedTuple or TypedDict"
            + " are not supported by Cellscope\n"), r.err());
    }

    @Test
    void stringAnnotationsFromTheFutureAreNamedAsUnsupported() {
        Result r = run("\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nprint(1)\n");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals("  File \"p.py\", line 2\nNotImplementedError: from __future__ import annotations is not supported by Cellscope\n",
            r.err());
    }

    @Test
    void complexNumbersAreNamedToo() {
        Result r = run("print(1)\nz = 2j\n");
        assertEquals(1, r.exit());
        assertEquals("", r.out(), "nothing runs when the program cannot be compiled");
        assertTrue(r.err().endsWith("NotImplementedError: complex numbers are not supported by Cellscope yet\n"), r.err());
    }

    @Test
    void infiniteRecursionIsARecursionErrorAsInCPython() {
        Result r = run("def f(n):\n    return f(n + 1)\nf(0)\n");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("  [Previous line repeated 996 more times]\n"), r.err());
        assertTrue(r.err().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.err());
    }

    @Test
    void aRunawayProgramStopsAtTheStepCapWithAUsableTrace() {
        Trace t = Cellscope.record("n = 0\nwhile True:\n    n += 1\n", "p.py", "", 1000);
        assertEquals(1000, t.size());
        assertTrue(t.truncated());
        assertEquals(EventKind.LINE, t.event(999).kind());
        assertEquals("n", t.step(999).frames().get(0).variables().get(0).name());
    }

    @Test
    void aSyntaxErrorGivesAnEmptyTraceAndCPythonsReport() {
        Trace t = Cellscope.record("def f(:\n    pass\n", "p.py", "", 1000);
        assertEquals(0, t.size());
        assertEquals(1, t.exitCode());
        assertTrue(t.errorOutput().startsWith("  File \"p.py\", line 1\n"), t.errorOutput());
    }
}
