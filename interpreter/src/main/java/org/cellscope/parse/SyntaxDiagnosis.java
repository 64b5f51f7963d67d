package org.cellscope.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.cellscope.parse.PythonParser.*;

/**
 * Turns ANTLR's first syntax error into the error CPython 3.11 reports for the same source.
 * CPython re-parses with its "invalid_" rules to find a better message; here the few that
 * matter most are recognised from the failing token, the rule it failed in, and small
 * re-parses of the tokens around it.
 */
final class SyntaxDiagnosis {
    /** Headers whose ':' CPython demands whatever follows (its {@code &&':'}). */
    private static final Set<Class<?>> FORCED_COLON = Set.of(FuncdefContext.class, Try_stmtContext.class,
            Finally_clauseContext.class, Else_clauseContext.class);
    /** Headers where CPython only says "expected ':'" when the line ends instead. */
    private static final Set<Class<?>> COLON_BEFORE_NEWLINE = Set.of(If_stmtContext.class, Elif_clauseContext.class,
            While_stmtContext.class, With_stmtContext.class, Except_clauseContext.class, ClassdefContext.class,
            For_stmtContext.class);
    private static final Map<Class<?>, String> BLOCK_OWNERS = Map.ofEntries(
            Map.entry(FuncdefContext.class, "function definition"), Map.entry(ClassdefContext.class, "class definition"),
            Map.entry(If_stmtContext.class, "'if' statement"), Map.entry(Elif_clauseContext.class, "'elif' statement"),
            Map.entry(Else_clauseContext.class, "'else' statement"), Map.entry(While_stmtContext.class, "'while' statement"),
            Map.entry(For_stmtContext.class, "'for' statement"), Map.entry(Try_stmtContext.class, "'try' statement"),
            Map.entry(Except_clauseContext.class, "'except' statement"),
            Map.entry(Finally_clauseContext.class, "'finally' statement"), Map.entry(With_stmtContext.class, "'with' statement"));
    private static final Set<String> LEGACY_STATEMENTS = Set.of("print", "exec");

    private final CommonTokenStream stream;
    private final List<Token> unclosed;

    SyntaxDiagnosis(CommonTokenStream stream, List<Token> unclosed) {
        this.stream = stream;
        this.unclosed = unclosed;
    }

    PySyntaxError diagnose(RecognitionException e, String messagePrefix) {
        Token bad = e.getOffendingToken();
        if (!unclosed.isEmpty() && bad.getTokenIndex() > unclosed.get(unclosed.size() - 1).getTokenIndex()) {
            return LexicalErrors.neverClosed(unclosed.get(unclosed.size() - 1));
        }
        rejectMatchStatement(bad);
        if (bad.getType() == PythonParser.INDENT) {
            return new PySyntaxError("IndentationError", "unexpected indent", bad.getLine(), bad.getCharPositionInLine(), -1);
        }
        ParserRuleContext ctx = (ParserRuleContext) e.getCtx();
        Token previous = bad.getTokenIndex() > 0 ? stream.get(bad.getTokenIndex() - 1) : null;
        if (ctx instanceof BlockContext && previous != null && previous.getType() == PythonLexer.NEWLINE) {
            return expectedIndentedBlock(ctx.getParent(), bad, previous);
        }
        PySyntaxError specific = expectedColon(e, ctx, bad);
        if (specific == null) {
            specific = legacyPrint(bad, previous);
        }
        if (specific == null) {
            specific = forgottenComma(bad);
        }
        if (specific == null) {
            specific = atToken(bad, "invalid syntax");
        }
        return messagePrefix.isEmpty() ? specific : new PySyntaxError(specific.type(), messagePrefix + specific.getMessage(),
                specific.line(), specific.column(), specific.endColumn());
    }

    /**
     * {@code match x:} is valid Python that this grammar leaves out; it fails on the token after
     * the soft keyword {@code match}, at the start of a line that ends with ':'.
     */
    private void rejectMatchStatement(Token bad) {
        int first = bad.getTokenIndex();
        while (first > 0 && !isLineBoundary(stream.get(first - 1))) {
            first--;
        }
        int last = first;
        while (last + 1 < stream.size() && !isLineBoundary(stream.get(last + 1))) {
            last++;
        }
        Token keyword = stream.get(first);
        if (keyword.getType() == PythonLexer.NAME && keyword.getText().equals("match") && first < last
                && stream.get(last).getType() == PythonLexer.COLON) {
            throw UnsupportedFeature.at(keyword, "match statements");
        }
    }

    private static boolean isLineBoundary(Token t) {
        int type = t.getType();
        return type == PythonLexer.NEWLINE || type == PythonParser.INDENT || type == PythonParser.DEDENT
                || type == Token.EOF;
    }

    private static PySyntaxError expectedIndentedBlock(ParserRuleContext owner, Token bad, Token newline) {
        String message = "expected an indented block after " + BLOCK_OWNERS.get(owner.getClass()) + " on line "
                + owner.getStart().getLine();
        if (bad.getType() == Token.EOF) {
            return new PySyntaxError("IndentationError", message, newline.getLine(), newline.getCharPositionInLine() + 1, -1);
        }
        PySyntaxError at = atToken(bad, message);
        return new PySyntaxError("IndentationError", message, at.line(), at.column(), at.endColumn());
    }

    private static PySyntaxError expectedColon(RecognitionException e, ParserRuleContext ctx, Token bad) {
        boolean colonExpected = e.getExpectedTokens() != null && e.getExpectedTokens().contains(PythonLexer.COLON);
        boolean forced = FORCED_COLON.contains(ctx.getClass());
        boolean beforeNewline = COLON_BEFORE_NEWLINE.contains(ctx.getClass()) && bad.getType() == PythonLexer.NEWLINE;
        return colonExpected && (forced || beforeNewline) ? atToken(bad, "expected ':'") : null;
    }

    /** {@code print "x"}: CPython's invalid_legacy_expression. */
    private PySyntaxError legacyPrint(Token bad, Token previous) {
        if (previous == null || previous.getType() != PythonLexer.NAME || !LEGACY_STATEMENTS.contains(previous.getText())
                || bad.getType() == PythonLexer.OPEN_PAREN) {
            return null;
        }
        Token end = parsedUntil(bad.getTokenIndex(), PythonParser::testlist_star_expr);
        if (end == null) {
            return null;
        }
        String name = previous.getText();
        return range(previous, end, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
    }

    /** {@code [a b]}: two expressions side by side inside brackets (CPython's invalid_expression). */
    private PySyntaxError forgottenComma(Token bad) {
        int open = innermostOpenBracket(bad.getTokenIndex());
        if (open < 0) {
            return null;
        }
        Token end = parsedUntil(bad.getTokenIndex(), PythonParser::test);
        if (end == null) {
            return null;
        }
        for (int start = open + 1; start < bad.getTokenIndex(); start++) {
            Token stop = parsedUntil(start, PythonParser::or_test);
            if (stop != null && stop.getTokenIndex() == bad.getTokenIndex() - 1) {
                Token first = stream.get(start);
                boolean prefixedString = first.getType() == PythonLexer.NAME
                        && stream.get(start + 1).getType() == PythonLexer.STRING;
                return prefixedString ? null : range(first, end, "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        return null;
    }

    private int innermostOpenBracket(int before) {
        int depth = 0;
        for (int i = before - 1; i >= 0; i--) {
            switch (stream.get(i).getType()) {
                case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE -> depth++;
                case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE -> {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                }
                case PythonLexer.NEWLINE, PythonParser.INDENT, PythonParser.DEDENT -> {
                    return -1;
                }
                default -> { }
            }
        }
        return -1;
    }

    /** The last token of {@code rule} parsed from token {@code start}, or null if it does not parse. */
    private Token parsedUntil(int start, Function<PythonParser, ParserRuleContext> rule) {
        PythonParser parser = TwoStageParse.newParser(stream, PredictionMode.LL);
        stream.seek(start);
        try {
            return rule.apply(parser).getStop();
        } catch (ParseCancellationException e) {
            return null;
        }
    }

    private static PySyntaxError range(Token first, Token last, String message) {
        Positions.End end = Positions.end(last);
        return new PySyntaxError("SyntaxError", message, first.getLine(), first.getCharPositionInLine() + 1, end.col() + 1);
    }

    private static PySyntaxError atToken(Token t, String message) {
        return range(t, t, message);
    }
}
