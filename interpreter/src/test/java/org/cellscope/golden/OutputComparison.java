package org.cellscope.golden;

import java.util.List;
import java.util.regex.Pattern;

/** Compares program output with a golden and explains the first difference. */
final class OutputComparison {

    // CPython prints object addresses (" at 0x7f3a..."); they can never match, so both sides
    // are masked. hex() output has no " at " before it and stays as it is.
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-fA-F]+");

    private OutputComparison() {}

    static String maskAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll(" at 0x…");
    }

    /** Null when equal, else a message naming the first differing line. */
    static String firstDifference(String what, String expected, String actual) {
        return firstDifference(what, expected.lines().toList(), actual.lines().toList(),
                expected.endsWith("\n") != actual.endsWith("\n") && !expected.equals(actual));
    }

    static String firstDifference(String what, List<String> expected, List<String> actual) {
        return firstDifference(what, expected, actual, false);
    }

    private static String firstDifference(String what, List<String> expected, List<String> actual,
            boolean finalNewlineDiffers) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return describe(what, i, expected, actual);
            }
        }
        if (expected.size() != actual.size()) {
            return describe(what, common, expected, actual);
        }
        return finalNewlineDiffers ? what + ": only the final newline differs" : null;
    }

    private static String describe(String what, int index, List<String> expected, List<String> actual) {
        return what + " differs at line " + (index + 1)
                + " (expected " + expected.size() + " lines, got " + actual.size() + " lines)"
                + "\n  expected: " + lineOrEnd(expected, index)
                + "\n  actual:   " + lineOrEnd(actual, index);
    }

    private static String lineOrEnd(List<String> lines, int index) {
        return index < lines.size() ? "[" + lines.get(index) + "]" : "<end of output>";
    }
}
