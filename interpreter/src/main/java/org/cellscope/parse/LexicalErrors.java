package org.cellscope.parse;

import org.antlr.v4.runtime.Token;

/** The tokenizer's errors, worded and placed as CPython 3.11 reports them. */
final class LexicalErrors {
    private LexicalErrors() {}

    /**
     * A character no token starts with. Quotes there mean an unterminated string (the raw lexer
     * has already split off a prefix such as {@code rb} or the empty string {@code ""} of an
     * unterminated {@code """}); other ASCII characters are left for the parser's "invalid syntax".
     */
    static void checkErrorChar(Token t, Token previous, String source) {
        String c = t.getText();
        if (c.equals("'") || c.equals("\"")) {
            throw unterminatedString(t, previous, source);
        }
        if (c.equals("\\")) {
            throw new PySyntaxError("SyntaxError", "unexpected character after line continuation character",
                    t.getLine(), t.getCharPositionInLine() + 2, 0);
        }
        int codePoint = c.codePointAt(0);
        if (codePoint > 127) {
            throw error(String.format("invalid character '%s' (U+%04X)", c, codePoint), t.getLine(),
                    t.getCharPositionInLine() + 1, t.getCharPositionInLine() + 1);
        }
    }

    private static PySyntaxError unterminatedString(Token quote, Token previous, String source) {
        boolean adjacent = previous != null && previous.getStopIndex() + 1 == quote.getStartIndex()
                && previous.getLine() == quote.getLine();
        if (adjacent && previous.getType() == PythonLexer.STRING && previous.getText().endsWith(quote.getText().repeat(2))
                && StringLiterals.body(previous.getText()).isEmpty()) {
            return error("unterminated triple-quoted string literal (detected at line " + lastLine(source) + ")",
                    previous.getLine(), previous.getCharPositionInLine() + 1, previous.getCharPositionInLine() + 1);
        }
        Token start = adjacent && previous.getType() == PythonLexer.NAME
                && StringLiterals.isPrefix(previous.getText()) ? previous : quote;
        int col = start.getCharPositionInLine() + 1;
        return error("unterminated string literal (detected at line " + start.getLine() + ")", start.getLine(), col, col);
    }

    private static int lastLine(String source) {
        int lines = (int) source.chars().filter(ch -> ch == '\n').count();
        return source.endsWith("\n") ? lines : lines + 1;
    }

    /**
     * A number the raw lexer ended early because what follows cannot continue it: letters
     * ({@code 12abc}, {@code 0x1g}) or digits after leading zeros ({@code 0123}).
     */
    static void checkNumberEnd(Token number, Token next) {
        if (next.getType() == PythonLexer.NAME) {
            throw invalidNumber(number, next);
        }
        String text = number.getText().toLowerCase();
        if (next.getType() == PythonLexer.NUMBER && (text.startsWith("0b") || text.startsWith("0o"))) {
            int at = next.getCharPositionInLine() + 1;
            String kind = text.startsWith("0b") ? "binary" : "octal";
            throw error("invalid digit '" + next.getText().charAt(0) + "' in " + kind + " literal", next.getLine(), at, at);
        }
        if (next.getType() == PythonLexer.NUMBER && number.getText().matches("0+") && Character.isDigit(next.getText().charAt(0))) {
            int col = number.getCharPositionInLine() + 1;
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    number.getLine(), col, col + number.getText().length());
        }
    }

    private static PySyntaxError invalidNumber(Token number, Token letters) {
        String name = letters.getText();
        int col = letters.getCharPositionInLine();
        boolean prefixOnly = number.getText().equals("0") && "xXoObB".indexOf(name.charAt(0)) >= 0;
        String text = (prefixOnly ? "0" + name.charAt(0) : number.getText()).toLowerCase();
        String kind = text.startsWith("0x") ? "hexadecimal" : text.startsWith("0o") ? "octal"
                : text.startsWith("0b") ? "binary" : "decimal";
        if (!prefixOnly) {
            return error("invalid " + kind + " literal", letters.getLine(), col, col);
        }
        // "0b_" or "0o9" reach here as "0" and a name: CPython points past the prefix and a '_'
        int digit = name.length() > 1 && name.charAt(1) == '_' ? 2 : 1;
        if (digit < name.length() && Character.isDigit(name.charAt(digit))) {
            int at = col + digit + 1;
            return error("invalid digit '" + name.charAt(digit) + "' in " + kind + " literal", letters.getLine(), at, at);
        }
        return error("invalid " + kind + " literal", letters.getLine(), col + digit, col + digit);
    }

    static PySyntaxError tabError(Token first) {
        return new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
                first.getLine(), 1, 0);
    }

    static PySyntaxError unindentMismatch(Token first, String source) {
        int lineStart = source.lastIndexOf('\n', first.getStartIndex() - 1) + 1;
        int lineEnd = source.indexOf('\n', first.getStartIndex());
        int length = (lineEnd < 0 ? source.length() : lineEnd) - lineStart;
        return new PySyntaxError("IndentationError", "unindent does not match any outer indentation level",
                first.getLine(), length + 1, -1);
    }

    static boolean matches(Token open, Token close) {
        return "([{".indexOf(open.getText()) == ")]}".indexOf(close.getText());
    }

    static PySyntaxError unmatched(Token close) {
        int col = close.getCharPositionInLine() + 1;
        return error("unmatched '" + close.getText() + "'", close.getLine(), col, col);
    }

    static PySyntaxError mismatched(Token open, Token close) {
        String where = open.getLine() == close.getLine() ? "" : " on line " + open.getLine();
        int col = close.getCharPositionInLine() + 1;
        return error("closing parenthesis '" + close.getText() + "' does not match opening parenthesis '"
                + open.getText() + "'" + where, close.getLine(), col, col);
    }

    static PySyntaxError neverClosed(Token open) {
        return error("'" + open.getText() + "' was never closed", open.getLine(), open.getCharPositionInLine() + 1, 0);
    }

    private static PySyntaxError error(String message, int line, int column, int endColumn) {
        return new PySyntaxError("SyntaxError", message, line, column, endColumn);
    }
}
