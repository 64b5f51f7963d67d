package org.cellscope.parse;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Set;

/** The pieces of a string token: its prefix, its body between the quotes, and escape decoding. */
final class StringLiterals {
    private static final Set<String> PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf");

    private StringLiterals() {}

    static boolean isPrefix(String s) {
        return PREFIXES.contains(s.toLowerCase(Locale.ROOT));
    }

    static String prefix(String token) {
        int i = 0;
        while (token.charAt(i) != '\'' && token.charAt(i) != '"') {
            i++;
        }
        return token.substring(0, i).toLowerCase(Locale.ROOT);
    }

    /** The number of characters before the body: prefix and opening quotes. */
    static int bodyOffset(String token) {
        int p = prefix(token).length();
        return p + quoteLength(token.substring(p));
    }

    static String body(String token) {
        int start = bodyOffset(token);
        int quote = start - prefix(token).length();
        return token.substring(start, token.length() - quote);
    }

    private static int quoteLength(String quoted) {
        return quoted.length() >= 6 && (quoted.startsWith("'''") || quoted.startsWith("\"\"\"")) ? 3 : 1;
    }

    static boolean isRaw(String token) {
        return prefix(token).contains("r");
    }

    static boolean isBytes(String token) {
        return prefix(token).contains("b");
    }

    static boolean isFString(String token) {
        return prefix(token).contains("f");
    }

    /** Decodes a str body; {@code raw} bodies stay as written. */
    static String decode(String body, boolean raw) {
        return raw ? body : decodeEscapes(body, false);
    }

    /** Decodes a bytes body (ASCII only, as CPython requires). */
    static byte[] decodeBytes(String body, boolean raw) {
        String text = raw ? body : decodeEscapes(body, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        text.chars().forEach(out::write);
        return out.toByteArray();
    }

    /** \\u, \\U and \\N are escapes in str only. */
    private static String decodeEscapes(String body, boolean bytes) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case 'x' -> i = appendHex(body, i, 2, bytes, out);
                case 'u' -> i = bytes ? keep(e, i, out) : appendHex(body, i, 4, false, out);
                case 'U' -> i = bytes ? keep(e, i, out) : appendHex(body, i, 8, false, out);
                case 'N' -> i = bytes ? keep(e, i, out) : appendNamed(body, i, out);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = octalEnd(body, i - 1);
                        out.appendCodePoint(Integer.parseInt(body.substring(i - 1, end), 8));
                        i = end;
                    } else {
                        keep(e, i, out);
                    }
                }
            }
        }
        return out.toString();
    }

    /** An unknown escape stays as written, backslash included. */
    private static int keep(char escaped, int next, StringBuilder out) {
        out.append('\\').append(escaped);
        return next;
    }

    private static int octalEnd(String body, int start) {
        int end = start;
        while (end < body.length() && end < start + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
            end++;
        }
        return end;
    }

    /** start: just past {@code \\x}, {@code \\u} or {@code \\U}. */
    private static int appendHex(String body, int start, int digits, boolean bytes, StringBuilder out) {
        int escape = start - 2;
        int valid = 0;
        while (valid < digits && start + valid < body.length() && Character.digit(body.charAt(start + valid), 16) >= 0) {
            valid++;
        }
        if (valid < digits) {
            if (bytes) {
                throw new EscapeError("(value error) invalid \\x escape at position " + escape);
            }
            String form = "\\" + body.charAt(escape + 1) + "X".repeat(digits);
            throw unicodeError(escape, start + valid - 1, "truncated " + form + " escape");
        }
        long value = Long.parseLong(body.substring(start, start + digits), 16);
        if (value > Character.MAX_CODE_POINT) {
            throw unicodeError(escape, start + digits - 1, "illegal Unicode character");
        }
        out.appendCodePoint((int) value);
        return start + digits;
    }

    private static int appendNamed(String body, int start, StringBuilder out) {
        int close = body.indexOf('}', start);
        if (start >= body.length() || body.charAt(start) != '{' || close < 0) {
            throw unicodeError(start - 2, Math.min(start, body.length() - 1), "malformed \\N character escape");
        }
        try {
            out.appendCodePoint(Character.codePointOf(body.substring(start + 1, close)));
        } catch (IllegalArgumentException unknown) {
            throw unicodeError(start - 2, close, "unknown Unicode character name");
        }
        return close + 1;
    }

    private static EscapeError unicodeError(int from, int to, String reason) {
        return new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-"
                + to + ": " + reason);
    }

    /** A malformed escape, worded as CPython's codec error; the caller knows where the literal is. */
    static final class EscapeError extends RuntimeException {
        EscapeError(String message) {
            super(message, null, false, false);
        }
    }
}
