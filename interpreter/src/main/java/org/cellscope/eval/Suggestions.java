package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;

/**
 * CPython 3.11's "Did you mean" for NameError and AttributeError (Python/suggestions.c): the
 * closest name by a Levenshtein distance where a case change costs less than other edits.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The builtins in the order of CPython's builtins dict, which decides ties. */
    private static final String[] BUILTIN_ORDER = {"__name__","__doc__","__package__","__loader__","__spec__","__build_class__","__import__","abs","all","any","ascii","bin","breakpoint","callable","chr","compile","delattr","dir","divmod","eval","exec","format","getattr","globals","hasattr","hash","hex","id","input","isinstance","issubclass","iter","aiter","len","locals","max","min","next","anext","oct","ord","pow","print","repr","round","setattr","sorted","sum","vars","None","Ellipsis","NotImplemented","False","True","bool","memoryview","bytearray","bytes","classmethod","complex","dict","enumerate","filter","float","frozenset","property","int","list","map","object","range","reversed","set","slice","staticmethod","str","super","tuple","type","zip","__debug__","BaseException","BaseExceptionGroup","Exception","GeneratorExit","KeyboardInterrupt","SystemExit","ArithmeticError","AssertionError","AttributeError","BufferError","EOFError","ImportError","LookupError","MemoryError","NameError","OSError","ReferenceError","RuntimeError","StopAsyncIteration","StopIteration","SyntaxError","SystemError","TypeError","ValueError","Warning","FloatingPointError","OverflowError","ZeroDivisionError","BytesWarning","DeprecationWarning","EncodingWarning","FutureWarning","ImportWarning","PendingDeprecationWarning","ResourceWarning","RuntimeWarning","SyntaxWarning","UnicodeWarning","UserWarning","BlockingIOError","ChildProcessError","ConnectionError","FileExistsError","FileNotFoundError","InterruptedError","IsADirectoryError","NotADirectoryError","PermissionError","ProcessLookupError","TimeoutError","IndentationError","IndexError","KeyError","ModuleNotFoundError","NotImplementedError","RecursionError","UnboundLocalError","UnicodeError","BrokenPipeError","ConnectionAbortedError","ConnectionRefusedError","ConnectionResetError","TabError","UnicodeDecodeError","UnicodeEncodeError","UnicodeTranslateError","ExceptionGroup","EnvironmentError","IOError","open","quit","exit","copyright","credits","license","help"};

    /** For a NameError: the code's variables, then the globals, then the builtins. */
    static String forName(String name, PyFrame f) {
        String s = closest(name, List.of(f.code.varnames));
        if (s == null) s = closest(name, new ArrayList<>(f.globals.keySet()));
        if (s == null) s = closest(name, List.of(BUILTIN_ORDER));
        return s;
    }

    /** For an AttributeError: dir(obj), sorted as dir() sorts it. */
    static String forAttribute(String name, PyObject obj) {
        TreeSet<String> dir = new TreeSet<>();
        if (obj instanceof PyInstance inst && !(obj instanceof PyType)) dir.addAll(inst.dict().keySet());
        if (obj instanceof PyFunction fn) dir.addAll(fn.dict().keySet());
        List<PyType> types = obj instanceof PyType t ? t.mro() : obj.type().mro();
        for (PyType t : types) dir.addAll(t.dict().keySet());
        return closest(name, new ArrayList<>(dir));
    }

    static String closest(String name, List<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATES) return null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(name, item, max);
            if (d > max) continue;
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b, int maxCost) {
        int as = 0, ae = a.length(), bs = 0, be = b.length();
        while (as < ae && bs < be && a.charAt(as) == b.charAt(bs)) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a.charAt(ae - 1) == b.charAt(be - 1)) {
            ae--;
            be--;
        }
        int an = ae - as, bn = be - bs;
        if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
        if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return maxCost + 1;
        if (bn < an) {
            String t = a; a = b; b = t;
            int ts = as; as = bs; bs = ts;
            int tn = an; an = bn; bn = tn;
        }
        if ((bn - an) * MOVE_COST > maxCost) return maxCost + 1;
        int[] buffer = new int[an];
        for (int i = 0; i < an; i++) buffer[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < bn; bi++) {
            char code = b.charAt(bs + bi);
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < an; i++) {
                int substitute = distance + substitutionCost(code, a.charAt(as + i));
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        if ('A' <= a && a <= 'Z') a += 'a' - 'A';
        if ('A' <= b && b <= 'Z') b += 'a' - 'A';
        return a == b ? CASE_COST : MOVE_COST;
    }
}
