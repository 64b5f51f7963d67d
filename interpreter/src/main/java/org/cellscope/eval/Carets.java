package org.cellscope.eval;

import java.util.Arrays;

/**
 * The marks under a failing expression: {@code ~~^~~} for a binary operation (the operator
 * gets ^), {@code ~^^^^} for a subscript (the brackets get ^), {@code ^^^} otherwise.
 */
final class Carets {
    private Carets() {}

    static char[] marks(String segment) {
        char[] m = new char[segment.length()];
        Arrays.fill(m, '^');
        int op = topLevelOperator(segment);
        if (op >= 0) {
            Arrays.fill(m, '~');
            int opEnd = op + 1;
            while (opEnd < segment.length() && "*/<>=".indexOf(segment.charAt(opEnd)) >= 0 && opEnd - op < 2) opEnd++;
            Arrays.fill(m, op, opEnd, '^');
            return m;
        }
        int bracket = trailingSubscript(segment);
        if (bracket > 0) Arrays.fill(m, 0, bracket, '~');
        return m;
    }

    /** The index of the last binary operator outside brackets and strings, or -1. */
    private static int topLevelOperator(String s) {
        int depth = 0, found = -1;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '\'' || c == '"') quote = c;
            else if ("([{".indexOf(c) >= 0) depth++;
            else if (")]}".indexOf(c) >= 0) depth--;
            else if (depth == 0 && i > 0 && "+-*/%@&|^<>".indexOf(c) >= 0) {
                char prev = s.charAt(i - 1);
                if ("+-*/%@&|^<>=(,e".indexOf(prev) >= 0 && !(prev == '*' || prev == '/' || prev == '<' || prev == '>')) continue;
                if (prev == '*' || prev == '/' || prev == '<' || prev == '>') continue;
                found = i;
            }
        }
        return found;
    }

    /** Where the final [...] of a subscript starts, or -1. */
    private static int trailingSubscript(String s) {
        if (!s.endsWith("]")) return -1;
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ']') depth++;
            else if (c == '[' && --depth == 0) return i;
        }
        return -1;
    }
}
