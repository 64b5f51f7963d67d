package org.cellscope.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** The str methods, indexing by code point as Python does. */
final class StrMethods {
    private StrMethods() {}

    private static String s(PyObject[] a) { return ((PyStr) a[0]).value(); }

    private static PyStr str(String s) { return PyStr.of(s); }

    static void install() {
        PyType t = Types.STR;
        noArgs(t, "upper", s -> s.toUpperCase(Locale.ROOT));
        noArgs(t, "lower", s -> s.toLowerCase(Locale.ROOT));
        noArgs(t, "casefold", s -> s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        noArgs(t, "swapcase", StrMethods::swapcase);
        noArgs(t, "title", StrMethods::title);
        noArgs(t, "capitalize", s -> s.isEmpty() ? s
            : Character.toString(Character.toTitleCase(s.codePointAt(0))) + s.substring(Character.charCount(s.codePointAt(0))).toLowerCase(Locale.ROOT));
        test(t, "isdigit", c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0
            && Character.getNumericValue(c) <= 9);
        test(t, "isdecimal", Character::isDigit);
        test(t, "isnumeric", StrMethods::numeric);
        test(t, "isalpha", Character::isLetter);
        test(t, "isalnum", c -> Character.isLetter(c) || numeric(c));
        test(t, "isspace", StrMethods::space);
        TypeMethods.method(t, "isascii", (a, kw) -> PyBool.of(s(a).chars().allMatch(c -> c < 0x80)));
        TypeMethods.method(t, "isprintable", (a, kw) -> PyBool.of(s(a).codePoints().allMatch(c -> c == ' ' || Repr.quote(Character.toString(c)).length() == 3)));
        TypeMethods.method(t, "isupper", (a, kw) -> PyBool.of(cased(s(a), true)));
        TypeMethods.method(t, "islower", (a, kw) -> PyBool.of(cased(s(a), false)));
        TypeMethods.method(t, "istitle", (a, kw) -> PyBool.of(isTitle(s(a))));
        TypeMethods.method(t, "isidentifier", (a, kw) -> PyBool.of(isIdentifier(s(a))));
        TypeMethods.method(t, "strip", (a, kw) -> str(strip("strip", a, true, true)));
        TypeMethods.method(t, "lstrip", (a, kw) -> str(strip("lstrip", a, true, false)));
        TypeMethods.method(t, "rstrip", (a, kw) -> str(strip("rstrip", a, false, true)));
        TypeMethods.method(t, "startswith", (a, kw) -> affix("startswith", a, true));
        TypeMethods.method(t, "endswith", (a, kw) -> affix("endswith", a, false));
        TypeMethods.method(t, "find", (a, kw) -> PyInt.of(find("find", a, false)));
        TypeMethods.method(t, "rfind", (a, kw) -> PyInt.of(find("rfind", a, true)));
        TypeMethods.method(t, "index", (a, kw) -> found(find("index", a, false)));
        TypeMethods.method(t, "rindex", (a, kw) -> found(find("rindex", a, true)));
        TypeMethods.method(t, "count", (a, kw) -> {
            Args.methodTakes("count", a, 1, 3);
            Range r = Range.of("count", a);
            String sub = mustBeStr(a[1]);
            if (r.start > r.end) return PyInt.of(0);
            String hay = r.text.substring(r.start, r.end);
            if (sub.isEmpty()) return PyInt.of(hay.codePointCount(0, hay.length()) + 1);
            int n = 0;
            for (int i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length())) n++;
            return PyInt.of(n);
        });
        TypeMethods.method(t, "replace", (a, kw) -> {
            Args.method("replace", a, 2, 3);
            String old = argStr("replace() argument 1", a[1]), repl = argStr("replace() argument 2", a[2]);
            long count = a.length > 3 ? Args.toLong(a[3]) : -1;
            return str(replace(s(a), old, repl, count < 0 ? Long.MAX_VALUE : count));
        });
        StrSplitting.install(t);
        TypeMethods.method(t, "zfill", (a, kw) -> {
            Args.method("str.zfill", a, 1, 1); // a METH_O method: CPython names its type
            return str(zfill(s(a), Args.toLong(a[1])));
        });
        TypeMethods.method(t, "center", (a, kw) -> str(justify("center", a, '^')));
        TypeMethods.method(t, "ljust", (a, kw) -> str(justify("ljust", a, '<')));
        TypeMethods.method(t, "rjust", (a, kw) -> str(justify("rjust", a, '>')));
        TypeMethods.method(t, "removeprefix", 1, 1, (a, kw) -> {
            String p = argStr("removeprefix() argument", a[1]);
            return s(a).startsWith(p) ? str(s(a).substring(p.length())) : a[0];
        });
        TypeMethods.method(t, "removesuffix", 1, 1, (a, kw) -> {
            String p = argStr("removesuffix() argument", a[1]);
            return s(a).endsWith(p) && !p.isEmpty() ? str(s(a).substring(0, s(a).length() - p.length())) : a[0];
        });
        TypeMethods.keywordMethod(t, "expandtabs", (a, kw) -> {
            PyObject size = Args.bind("expandtabs", a, 1, kw, 0, "tabsize")[0];
            return str(expandTabs(s(a), size == null ? 8 : cInt(Args.toInt(size))));
        });
        TypeMethods.method(t, "translate", (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("str.translate() takes exactly one argument (" + (a.length - 1) + " given)");
            return str(translate(s(a), a[1]));
        });
        t.dict().put("maketrans", new org.cellscope.runtime.PyBuiltin("maketrans", t, (a, kw) -> {
            Args.noKeywords("str.maketrans", kw);
            return maketrans(a);
        }));
        TypeMethods.keywordMethod(t, "format", (a, kw) -> str(StrFormat.format(s(a), Arrays.copyOfRange(a, 1, a.length), kw)));
        TypeMethods.bytesMethod(t, "encode");
        TypeMethods.method(t, "format_map", (a, kw) -> {
            Args.method("format_map", a, 1, 1);
            return str(StrFormat.formatMap(s(a), a[1]));
        });
    }

    private static void noArgs(PyType t, String name, java.util.function.UnaryOperator<String> f) {
        TypeMethods.method(t, name, (a, kw) -> {
            if (a.length > 1) throw Errors.typeError("str." + name + "() takes no arguments (" + (a.length - 1) + " given)");
            return str(f.apply(s(a)));
        });
    }

    /** isalpha and friends: true for a non-empty string whose every character passes. */
    private static void test(PyType t, String name, java.util.function.IntPredicate p) {
        TypeMethods.method(t, name, (a, kw) -> {
            if (a.length > 1) throw Errors.typeError("str." + name + "() takes no arguments (" + (a.length - 1) + " given)");
            return PyBool.of(!s(a).isEmpty() && s(a).codePoints().allMatch(p));
        });
    }

    static String mustBeStr(PyObject o) {
        if (o instanceof PyStr s) return s.value();
        throw Errors.typeError("must be str, not " + o.type().name());
    }

    private static String argStr(String what, PyObject o) {
        if (o instanceof PyStr s) return s.value();
        // _PyArg_BadArgument names None itself, not its type
        throw Errors.typeError(what + " must be str, not " + (o == PyNone.NONE ? "None" : o.type().name()));
    }

    /** Python orders strings by code point; Java's compareTo by UTF-16 unit, which puts U+E000..U+FFFF after emoji. */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x), sy = Character.isSurrogate(y);
                if (sx != sy) return sx ? 1 : -1; // a character beyond U+FFFF sorts after every one within
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    static boolean space(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static boolean numeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isCased(int c) { return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c); }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(Character.isUpperCase(c) ? Character.toString(c).toLowerCase(Locale.ROOT)
            : Character.isLowerCase(c) ? Character.toString(c).toUpperCase(Locale.ROOT) : Character.toString(c)));
        return sb.toString();
    }

    /** Title case: a cased character after an uncased one starts a word. */
    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            sb.append(previousCased ? Character.toString(c).toLowerCase(Locale.ROOT) : Character.toString(Character.toTitleCase(c)));
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int c : s.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) return false;
            any |= isCased(c);
        }
        return any;
    }

    private static boolean isTitle(String s) {
        boolean any = false, previousCased = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) return false;
                previousCased = any = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) return false;
                previousCased = any = true;
            } else {
                previousCased = false;
            }
        }
        return any;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) return false;
        return s.codePoints().skip(1).allMatch(c -> c == '_' || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private static String strip(String name, PyObject[] a, boolean left, boolean right) {
        Args.method(name, a, 0, 1);
        String s = s(a);
        String chars = null;
        if (a.length > 1 && a[1] != PyNone.NONE) {
            if (!(a[1] instanceof PyStr c)) throw Errors.typeError(name + " arg must be None or str");
            chars = c.value();
        }
        int b = 0, e = s.length();
        while (left && b < e && stripped(s.codePointAt(b), chars)) b += Character.charCount(s.codePointAt(b));
        while (right && e > b && stripped(s.codePointBefore(e), chars)) e -= Character.charCount(s.codePointBefore(e));
        return s.substring(b, e);
    }

    private static boolean stripped(int c, String chars) {
        return chars == null ? space(c) : chars.indexOf(Character.toString(c)) >= 0;
    }

    /** The text and the optional start and end arguments (code point indices, clamped like slices) as char offsets. */
    private record Range(String text, int start, int end) {
        static Range of(String name, PyObject[] a) {
            String s = s(a);
            int n = s.codePointCount(0, s.length());
            long start = a.length > 2 && a[2] != PyNone.NONE ? Items.sliceIndex(a[2]) : 0;
            long end = a.length > 3 && a[3] != PyNone.NONE ? Items.sliceIndex(a[3]) : n;
            start = start < 0 ? Math.max(0, start + n) : start;
            end = end < 0 ? Math.max(0, end + n) : Math.min(end, n);
            // start past end (or past the text) finds nothing, not even ""
            if (start > end) return new Range(s, s.length() + 1, s.length());
            return new Range(s, s.offsetByCodePoints(0, (int) start), s.offsetByCodePoints(0, (int) end));
        }

        int codePoints(int charIndex) { return text.codePointCount(0, charIndex); }
    }

    private static PyObject affix(String name, PyObject[] a, boolean prefix) {
        Args.methodTakes(name, a, 1, 3);
        Range r = Range.of(name, a);
        List<PyObject> options = a[1] instanceof PyTuple tuple ? tuple.items() : List.of(a[1]);
        for (PyObject o : options) {
            if (!(o instanceof PyStr p)) {
                throw Errors.typeError(a[1] instanceof PyTuple ? "tuple for " + name + " must only contain str, not " + o.type().name()
                    : name + " first arg must be str or a tuple of str, not " + o.type().name());
            }
            if (r.start > r.end) continue;
            String part = r.text.substring(r.start, r.end);
            if (prefix ? part.startsWith(p.value()) : part.endsWith(p.value())) return PyBool.TRUE;
        }
        return PyBool.FALSE;
    }

    /** The code point index of the first (or last) match within the range, or -1. */
    private static int find(String name, PyObject[] a, boolean last) {
        Args.methodTakes(name, a, 1, 3);
        if (!(a[1] instanceof PyStr sub)) throw Errors.typeError("must be str, not " + a[1].type().name());
        Range r = Range.of(name, a);
        if (r.start > r.end) return -1;
        String hay = r.text.substring(0, r.end);
        int i = last ? hay.lastIndexOf(sub.value()) : hay.indexOf(sub.value(), r.start);
        return i < r.start ? -1 : r.codePoints(i);
    }

    private static PyObject found(int i) {
        if (i < 0) throw Errors.valueError("substring not found");
        return PyInt.of(i);
    }

    private static String replace(String s, String old, String repl, long count) {
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            for (; i < s.length() && count > 0; count--) {
                sb.append(repl).appendCodePoint(s.codePointAt(i));
                i += Character.charCount(s.codePointAt(i));
            }
            if (count > 0) sb.append(repl);
            return sb.append(s.substring(i)).toString();
        }
        int from = 0;
        for (int i = s.indexOf(old); i >= 0 && count > 0; i = s.indexOf(old, from), count--) {
            sb.append(s, from, i).append(repl);
            from = i + old.length();
        }
        return sb.append(s.substring(from)).toString();
    }

    private static String zfill(String s, long width) {
        int n = s.codePointCount(0, s.length());
        if (width <= n) return s;
        String zeros = "0".repeat((int) (width - n));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) return s.charAt(0) + zeros + s.substring(1);
        return zeros + s;
    }

    /** center, ljust, rjust: CPython's center puts the odd extra fill on the left when the width is odd. */
    private static String justify(String name, PyObject[] a, char align) {
        Args.method(name, a, 1, 2);
        String s = s(a);
        long width = Args.toLong(a[1]);
        String fill = " ";
        if (a.length > 2) {
            if (!(a[2] instanceof PyStr f)) throw Errors.typeError("The fill character must be a unicode character, not " + a[2].type().name());
            if (f.value().codePointCount(0, f.value().length()) != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = f.value();
        }
        int n = s.codePointCount(0, s.length());
        if (width <= n) return s;
        Errors.requireAllocatable(width);
        int marg = (int) (width - n);
        int left = align == '<' ? 0 : align == '>' ? marg : marg / 2 + (marg & (int) width & 1);
        return fill.repeat(left) + s + fill.repeat(marg - left);
    }

    /** Each character looked up in the table by its code point: a str replaces it, None deletes it, an int maps it. */
    private static String translate(String s, PyObject table) {
        StringBuilder sb = new StringBuilder();
        for (int c : s.codePoints().toArray()) {
            PyObject to;
            try {
                to = Items.getItem(table, PyInt.of(c));
            } catch (org.cellscope.runtime.PyRaise r) {
                if (!r.exception().type().isSubtypeOf(Errors.LOOKUP_ERROR)) throw r;
                sb.appendCodePoint(c);
                continue;
            }
            if (to instanceof PyStr x) sb.append(x.value());
            else if (to instanceof PyInt i) sb.appendCodePoint(codePoint(Args.toLong(i)));
            else if (to != PyNone.NONE) throw Errors.typeError("character mapping must return integer, None or str");
        }
        return sb.toString();
    }

    private static int codePoint(long c) {
        if (c < 0 || c > Character.MAX_CODE_POINT) throw Errors.valueError("character mapping must be in range(0x110000)");
        return (int) c;
    }

    /** A key of maketrans's dict: a one-character str becomes its code point, an int stays. */
    private static PyObject translateKey(PyObject k) {
        if (k instanceof PyInt) return k;
        if (!(k instanceof PyStr ks)) throw Errors.typeError("keys in translate table must be strings or integers");
        if (ks.value().codePointCount(0, ks.value().length()) != 1) {
            throw Errors.valueError("string keys in translate table must be of length 1");
        }
        return PyInt.of(ks.value().codePointAt(0));
    }

    private static PyObject maketrans(PyObject[] a) {
        Args.count("maketrans", a, 1, 3);
        org.cellscope.runtime.PyDict table = new org.cellscope.runtime.PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof org.cellscope.runtime.PyDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            d.map().forEach((k, v) -> table.map().put(translateKey(k), v));
            return table;
        }
        int[] from = mustBeStr(a[0]).codePoints().toArray(), to = mustBeStr(a[1]).codePoints().toArray();
        if (from.length != to.length) throw Errors.valueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < from.length; i++) table.map().put(PyInt.of(from[i]), PyInt.of(to[i]));
        if (a.length == 3) for (int c : mustBeStr(a[2]).codePoints().toArray()) table.map().put(PyInt.of(c), PyNone.NONE);
        return table;
    }

    /** The tab size is a C int in CPython. */
    private static int cInt(PyInt i) {
        if (i.bigValue().bitLength() > 31) throw Errors.raise(Errors.OVERFLOW_ERROR, "Python int too large to convert to C int");
        return (int) i.longValue();
    }

    private static String expandTabs(String s, int tab) {
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                if (tab > 0) {
                    long pad = tab - col % tab;
                    Errors.requireAllocatable(sb.length() + pad);
                    sb.append(" ".repeat((int) pad));
                    col += pad;
                }
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }
}
