package org.cellscope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cellscope.Cellscope;
import org.junit.jupiter.api.Test;

/**
 * Calls every builtin, every method of the builtin types and every function of the modules
 * with odd arguments. CPython answers each call with a value or a Python exception; Cellscope
 * must too, never with a Java exception (which would end the run as an internal error).
 * Goldens cannot say this: the names come from Cellscope's own dir().
 */
class BuiltinRobustnessTest {

    private static final String PROGRAM = """
        import math, itertools, functools, operator
        values = [None, 0, -1, 2.5, "ab", [1], (1,), {"k": 1}, {1}, len, range(2)]
        targets = [abs, all, any, ascii, bin, bool, callable, chr, dict, dir, divmod, enumerate, filter, float,
                   format, frozenset, getattr, hasattr, hash, hex, int, isinstance, issubclass, iter, len, list, map,
                   max, min, next, oct, ord, pow, range, repr, reversed, round, set, sorted, str, sum, tuple, zip,
                   slice, vars, setattr, delattr]
        for t in [str, list, tuple, dict, set, frozenset, int, float, range]:
            targets += [getattr(t, name) for name in dir(t) if not name.startswith("__") or name.endswith("item__")]
        for mod in [math, itertools, functools, operator]:
            targets += [getattr(mod, name) for name in dir(mod) if not name.startswith("_")]
        calls = [()] + [(a,) for a in values] + [(a, b) for a in values for b in values[:6]]
        calls += [(a, b, c) for a in values[:4] for b in values[:4] for c in values[:3]]
        answered = 0
        for f in targets:
            for args in calls:
                try:
                    r = f(*args)
                    if hasattr(r, "__next__"):
                        next(r, None)
                except Exception:
                    pass
                answered += 1
        print(answered == len(targets) * len(calls))
        """;

    /** The special methods of builtin objects, called through their class with selves of every kind. */
    private static final String SPECIAL_METHODS = """
        import math, itertools, functools, operator
        values = [None, 0, -1, 2.5, "ab", [1], (1,), {"k": 1}, {1}, len, range(2)]
        samples = [{}.keys(), {}.values(), {}.items(), functools.partial(max, 1), itertools.repeat(1, 2), itertools.chain(),
                   math, functools.lru_cache(lambda: 0), functools.lru_cache(lambda: 0).cache_info(),
                   functools.cmp_to_key(lambda a, b: 0)(1), operator.itemgetter(1), map(len, []), zip(), enumerate([]),
                   reversed("ab"), iter([]), slice(1), True, 1.5, "s", [], (), set(), frozenset(), {}, range(1)]
        class Stack(list): pass
        class Name(str): pass
        class Table(dict): pass
        samples += [Stack([1]), Name("x"), Table(a=1)]
        targets = []
        for t in [type(s) for s in samples] + [type(itertools.count())]:
            for name in dir(t):
                f = getattr(t, name, None)
                if callable(f) and getattr(object, name, None) is not f and name not in ("__init__", "__new__", "__class__"):
                    targets.append(f)
        calls = [()] + [(a,) for a in values] + [(a, b) for a in values[:6] for b in values[:6]]
        calls += [(s,) for s in samples] + [(s, 1) for s in samples]
        for f in targets:
            for args in calls:
                try:
                    f(*args)
                except Exception:
                    pass
        print(len(targets) > 50)
        """;

    @Test
    void everyCallEndsInAValueOrAPythonException() {
        assertRunsClean(PROGRAM);
    }

    @Test
    void specialMethodsCheckTheirSelf() {
        assertRunsClean(SPECIAL_METHODS);
    }

    private static void assertRunsClean(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = Cellscope.run(program, "robustness.py", "", new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals("True\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, exit);
    }
}
