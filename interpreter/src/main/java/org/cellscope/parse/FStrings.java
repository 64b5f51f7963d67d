package org.cellscope.parse;

import org.antlr.v4.runtime.Token;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Pos;

/**
 * Splits one f-string token into literal text and replacement fields, following CPython 3.11's
 * fstring_find_expr: the expression ends at a top-level {@code !}, {@code :}, {@code =} or
 * {@code }} that is not part of {@code !=}, {@code ==}, {@code <=} or {@code >=}. Each expression
 * is parsed on its own, starting at its real line and column so its positions are the file's.
 */
final class FStrings {
    /** Parses a replacement field's expression that starts at (line, col) of the file. */
    interface ExpressionParser {
        Expr parse(String text, int line, int col);
    }

    private final Token token;
    private final String text;
    private final boolean raw;
    private final int end;
    private final Pos partPos;
    private final ExpressionParser parser;
    private int i;

    private FStrings(Token token, Pos partPos, ExpressionParser parser) {
        this.token = token;
        this.text = token.getText();
        this.raw = StringLiterals.isRaw(text);
        this.i = StringLiterals.bodyOffset(text);
        this.end = i + StringLiterals.body(text).length();
        this.partPos = partPos;
        this.parser = parser;
    }

    /** Appends the parts of f-string {@code token} to {@code out}. */
    static void appendParts(Token token, Pos partPos, ExpressionParser parser, JoinedStrBuilder out) {
        new FStrings(token, partPos, parser).parseUntilEnd(false, out);
    }

    /** Literal text and fields up to the end of the body, or up to the '}' closing a format spec. */
    private void parseUntilEnd(boolean inSpec, JoinedStrBuilder out) {
        StringBuilder literal = new StringBuilder();
        while (i < end) {
            char c = text.charAt(i);
            if (c == '{' && !inSpec && at(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '{') {
                out.addLiteral(StringLiterals.decode(literal.toString(), raw));
                literal.setLength(0);
                parseField(out);
            } else if (c == '}' && inSpec) {
                break;
            } else if (c == '}' && at(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw error("f-string: single '}' is not allowed");
            } else if (c == '\\' && !raw && at(i + 1) == 'N' && at(i + 2) == '{') {
                int close = text.indexOf('}', i);
                literal.append(text, i, close + 1);
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        out.addLiteral(StringLiterals.decode(literal.toString(), raw));
    }

    private void parseField(JoinedStrBuilder out) {
        int start = i + 1;
        int k = expressionEnd(start);
        String expression = text.substring(start, k);
        if (expression.isBlank()) {
            throw error(at(k) == '}' ? "f-string: empty expression not allowed"
                    : "f-string: expression required before '" + at(k) + "'");
        }
        Expr value = parser.parse(expression, lineAt(start), colAt(start));
        boolean debug = at(k) == '=';
        if (debug) {
            k++;
            while (k < end && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            out.addLiteral(text.substring(start, k));
        }
        char conversion = 0;
        if (at(k) == '!') {
            conversion = at(k + 1);
            if ("sra".indexOf(conversion) < 0 || conversion == 0) {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            k += 2;
        }
        Expr.JoinedStr spec = null;
        if (at(k) == ':') {
            i = k + 1;
            JoinedStrBuilder specParts = new JoinedStrBuilder(partPos);
            parseUntilEnd(true, specParts);
            spec = specParts.build(Positions.of(token));
            k = i;
        }
        if (at(k) != '}') {
            throw error("f-string: expecting '}'");
        }
        if (debug && conversion == 0 && spec == null) {
            conversion = 'r';
        }
        out.addValue(new Expr.FormattedValue(partPos, value, conversion, spec));
        i = k + 1;
    }

    private int expressionEnd(int start) {
        StringBuilder open = new StringBuilder();
        char quote = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            } else if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if ("([{".indexOf(c) >= 0) {
                open.append(c);
            } else if (!open.isEmpty() && ")]}".indexOf(c) >= 0) {
                char opening = open.charAt(open.length() - 1);
                if ("([{".indexOf(opening) != ")]}".indexOf(c)) {
                    throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                            + opening + "'");
                }
                open.setLength(open.length() - 1);
            } else if (open.isEmpty() && "!:=<>}".indexOf(c) >= 0) {
                if (c != '}' && c != ':' && at(k + 1) == '=') {
                    k++;
                } else if (c != '<' && c != '>') {
                    return k;
                }
            }
        }
        throw error(quote != 0 ? "f-string: unterminated string" : "f-string: expecting '}'");
    }

    private char at(int k) {
        return k < end ? text.charAt(k) : 0;
    }

    private int lineAt(int k) {
        return token.getLine() + (int) text.substring(0, k).chars().filter(c -> c == '\n').count();
    }

    private int colAt(int k) {
        int lastBreak = text.lastIndexOf('\n', k - 1);
        return lastBreak < 0 ? token.getCharPositionInLine() + k : k - lastBreak - 1;
    }

    /** CPython 3.11 places f-string errors just past the string. */
    private PySyntaxError error(String message) {
        Positions.End end = Positions.end(token);
        return new PySyntaxError("SyntaxError", message, end.line(), end.col() + 1, end.col() + 1);
    }
}
