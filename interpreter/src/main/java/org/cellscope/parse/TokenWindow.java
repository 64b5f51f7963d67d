package org.cellscope.parse;

import java.util.Set;
import java.util.function.Function;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Looks around a syntax error in the token stream, re-parsing small pieces of it. */
final class TokenWindow {
    private final CommonTokenStream stream;
    /** The furthest token any successful re-parse has looked at. */
    private int furthest;

    TokenWindow(CommonTokenStream stream) {
        this.stream = stream;
    }

    Token get(int index) {
        return stream.get(index);
    }

    /** Whether the token is EOF or a DEDENT made there. */
    boolean atEnd(Token t) {
        boolean endToken = t.getType() == Token.EOF || t.getType() == PythonParser.DEDENT;
        return endToken && t.getStartIndex() >= stream.getTokenSource().getInputStream().size();
    }

    /**
     * The last token CPython's parser would have read by the time it reported an error at
     * token {@code bad}: bad itself, or the one after the furthest re-parse of its second pass.
     */
    Token lastRead(Token bad) {
        return get(Math.max(bad.getTokenIndex(), furthest));
    }

    /** {@code rule} parsed from token {@code start}, or null if it does not parse there. */
    ParserRuleContext parsed(int start, Function<PythonParser, ParserRuleContext> rule) {
        PythonParser parser = TwoStageParse.newParser(stream, PredictionMode.LL);
        stream.seek(start);
        try {
            ParserRuleContext ctx = rule.apply(parser);
            if (ctx.getStop() != null) {
                furthest = Math.max(furthest, Math.min(ctx.getStop().getTokenIndex() + 1, stream.size() - 1));
            }
            return ctx;
        } catch (ParseCancellationException e) {
            return null;
        }
    }

    /** The last token of {@code rule} parsed from token {@code start}, or null. */
    Token parsedUntil(int start, Function<PythonParser, ParserRuleContext> rule) {
        ParserRuleContext ctx = parsed(start, rule);
        return ctx == null ? null : ctx.getStop();
    }

    /**
     * The outermost {@code rule} that ends just before token {@code end} and starts at or after
     * {@code from}, right after one of {@code starters} (where CPython's grammar reads such an
     * expression), or null.
     */
    ParserRuleContext expressionBefore(int end, int from, Set<Integer> starters,
                                       Function<PythonParser, ParserRuleContext> rule) {
        for (int start = from; start < end; start++) {
            int before = start == 0 ? PythonLexer.NEWLINE : get(start - 1).getType();
            // after 'for', CPython reads an expression only when "for target in" itself fails
            if (!starters.contains(before) || before == PythonLexer.FOR && containsIn(start, end)
                    || isUnpacking(before) && !isArgumentStart(start - 1)) {
                continue;
            }
            ParserRuleContext ctx = parsed(start, rule);
            if (ctx != null && ctx.getStop() != null && ctx.getStop().getTokenIndex() == end - 1) {
                return ctx;
            }
        }
        return null;
    }

    private static boolean isUnpacking(int type) {
        return type == PythonLexer.STAR || type == PythonLexer.POWER;
    }

    /** A '*' or '**' that unpacks an argument or display item, not one in a target. */
    private boolean isArgumentStart(int star) {
        if (star == 0) {
            return false;
        }
        Token before = get(star - 1);
        return isOpening(before) || before.getType() == PythonLexer.COMMA;
    }

    private boolean containsIn(int from, int end) {
        return stream.getTokens(from, end - 1).stream().anyMatch(t -> t.getType() == PythonLexer.IN);
    }

    /** Index of the bracket still open at token {@code before} on its logical line, or -1. */
    int innermostOpenBracket(int before) {
        int depth = 0;
        for (int i = before - 1; i >= 0; i--) {
            Token t = get(i);
            if (isLineBoundary(t)) {
                return -1;
            }
            if (isClosing(t)) {
                depth++;
            } else if (isOpening(t)) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** Index of the first token of the logical line holding token {@code index}. */
    int lineStart(int index) {
        int first = index;
        while (first > 0 && !isLineBoundary(get(first - 1))) {
            first--;
        }
        return first;
    }

    /** Index of the last token of the logical line starting at {@code first}. */
    int lineEnd(int first) {
        int last = first;
        while (last + 1 < stream.size() && !isLineBoundary(get(last + 1))) {
            last++;
        }
        return last;
    }

    /**
     * A SyntaxError at token t, placed as CPython places it: INDENT at its column and DEDENT
     * at column 0 without an end; past the end of the input, just after the last line.
     */
    PySyntaxError errorAt(Token t, String type, String message) {
        int col = t.getCharPositionInLine();
        if (t.getType() == PythonParser.INDENT) {
            return new PySyntaxError(type, message, t.getLine(), col, -1);
        }
        if (atEnd(t)) {
            return new PySyntaxError(type, message, t.getLine(), col + 1, -1);
        }
        if (t.getType() == PythonParser.DEDENT) {
            return new PySyntaxError(type, message, t.getLine(), 0, -1);
        }
        return range(t, t, type, message);
    }

    PySyntaxError errorAt(Token t, String message) {
        return errorAt(t, "SyntaxError", message);
    }

    static PySyntaxError range(Token first, Token last, String message) {
        return range(first, last, "SyntaxError", message);
    }

    private static PySyntaxError range(Token first, Token last, String type, String message) {
        Positions.End end = Positions.end(last);
        return new PySyntaxError(type, message, first.getLine(), first.getCharPositionInLine() + 1, end.col() + 1);
    }

    static boolean isLineBoundary(Token t) {
        int type = t.getType();
        return type == PythonLexer.NEWLINE || type == PythonParser.INDENT || type == PythonParser.DEDENT
                || type == Token.EOF;
    }

    static boolean isOpening(Token t) {
        int type = t.getType();
        return type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE;
    }

    static boolean isClosing(Token t) {
        int type = t.getType();
        return type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE;
    }
}
