package org.cellscope.parse;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.cellscope.ast.Expr;
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
    /** Tokens after which CPython's grammar reads an {@code expression}. */
    private static final Set<Integer> EXPRESSION_STARTERS = Set.of(PythonLexer.NEWLINE, PythonParser.INDENT,
            PythonParser.DEDENT, PythonLexer.SEMI_COLON, PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK,
            PythonLexer.OPEN_BRACE, PythonLexer.COMMA, PythonLexer.COLON, PythonLexer.ASSIGN, PythonLexer.ELSE,
            PythonLexer.RETURN, PythonLexer.YIELD, PythonLexer.WALRUS, PythonLexer.FOR);

    private final CommonTokenStream stream;
    private final PythonTokenSource tokens;
    private final List<Token> unclosed;

    SyntaxDiagnosis(CommonTokenStream stream, PythonTokenSource tokens) {
        this.stream = stream;
        this.tokens = tokens;
        this.unclosed = tokens.unclosedBrackets();
    }

    PySyntaxError diagnose(RecognitionException e, String messagePrefix) {
        PySyntaxError error = diagnose(e);
        return messagePrefix.isEmpty() ? error : new PySyntaxError(error.type(), messagePrefix + error.getMessage(),
                error.line(), error.column(), error.endColumn());
    }

    /** In CPython's order: unexpected indent, then any tokenizer error, then the parser's own. */
    private PySyntaxError diagnose(RecognitionException e) {
        Token bad = e.getOffendingToken();
        rejectMatchStatement(bad);
        if (bad.getType() == PythonParser.INDENT) {
            return new PySyntaxError("IndentationError", "unexpected indent", bad.getLine(), bad.getCharPositionInLine(), -1);
        }
        if (tokens.error() != null) {
            return tokens.error();
        }
        if (!unclosed.isEmpty() && blameUnclosedBracket(bad, unclosed.get(unclosed.size() - 1))) {
            return LexicalErrors.neverClosed(unclosed.get(unclosed.size() - 1));
        }
        ParserRuleContext ctx = (ParserRuleContext) e.getCtx();
        Token previous = bad.getTokenIndex() > 0 ? stream.get(bad.getTokenIndex() - 1) : null;
        if (ctx instanceof BlockContext block && block.stmt().isEmpty() && previous != null
                && previous.getType() == PythonLexer.NEWLINE) {
            return expectedIndentedBlock(ctx.getParent(), bad, previous);
        }
        Stream<Supplier<PySyntaxError>> rules = Stream.of(
                () -> missingHandler(ctx, bad),
                () -> expectedColon(e, ctx, bad),
                () -> legacyPrint(bad, previous),
                () -> assignmentInExpression(bad),
                () -> missingElse(bad),
                () -> forgottenComma(bad));
        return rules.map(Supplier::get).filter(Objects::nonNull).findFirst().orElseGet(() -> atToken(bad, "invalid syntax"));
    }

    /**
     * Whether CPython would put an error inside an unclosed bracket down to that bracket. It
     * does when the error is on a later line, or when its parser read on to the end of the
     * input, which happens when the failing token could start an expression (and CPython's
     * second pass keeps going) or is the last one.
     */
    private boolean blameUnclosedBracket(Token bad, Token open) {
        if (bad.getTokenIndex() < open.getTokenIndex()) {
            return false;
        }
        boolean last = bad.getType() == Token.EOF || stream.get(bad.getTokenIndex() + 1).getType() == Token.EOF;
        return bad.getLine() > open.getLine() || last || parsedUntil(bad.getTokenIndex(), PythonParser::test) != null;
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
        boolean colonExpected = e instanceof NoViableAltException || e.getExpectedTokens().contains(PythonLexer.COLON);
        boolean forced = FORCED_COLON.contains(ctx.getClass());
        boolean beforeNewline = COLON_BEFORE_NEWLINE.contains(ctx.getClass()) && bad.getType() == PythonLexer.NEWLINE;
        return colonExpected && (forced || beforeNewline) ? atToken(bad, "expected ':'") : null;
    }

    /** A try block followed by neither: CPython's invalid_try_stmt. */
    private static PySyntaxError missingHandler(ParserRuleContext ctx, Token bad) {
        if (ctx instanceof Try_stmtContext t && t.block() != null && t.except_clause().isEmpty()
                && t.finally_clause() == null && bad.getType() != PythonLexer.EXCEPT && bad.getType() != PythonLexer.FINALLY) {
            return atToken(bad, "expected 'except' or 'finally' block");
        }
        return null;
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
        if (open < 0 || isParameterList(open)) {
            return null;
        }
        Token end = parsedUntil(bad.getTokenIndex(), PythonParser::test);
        if (end == null) {
            return null;
        }
        ParserRuleContext before = expressionBefore(bad.getTokenIndex(), open + 1, PythonParser::or_test);
        if (before == null) {
            return null;
        }
        Token first = before.getStart();
        boolean prefixedString = first.getType() == PythonLexer.NAME
                && stream.get(first.getTokenIndex() + 1).getType() == PythonLexer.STRING;
        return prefixedString ? null : range(first, end, "invalid syntax. Perhaps you forgot a comma?");
    }

    /** {@code (x = 1)}: '=' where an expression goes on (CPython's invalid_named_expression). */
    private PySyntaxError assignmentInExpression(Token bad) {
        int open = innermostOpenBracket(bad.getTokenIndex());
        if (bad.getType() != PythonLexer.ASSIGN || open < 0) {
            return null;
        }
        Token valueEnd = parsedUntil(bad.getTokenIndex() + 1, PythonParser::expr);
        ParserRuleContext target = expressionBefore(bad.getTokenIndex(), open + 1, PythonParser::expr);
        if (valueEnd == null || target == null || isAssignment(stream.get(valueEnd.getTokenIndex() + 1))) {
            return null;
        }
        if (target.getStart() == target.getStop() && target.getStart().getType() == PythonLexer.NAME) {
            return range(target.getStart(), valueEnd, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        Expr expr = (Expr) new AstBuilder(Parser::parseField).visit(target);
        if (expr instanceof Expr.ListExpr || expr instanceof Expr.Tuple || expr instanceof Expr.GeneratorExp
                || expr instanceof Expr.BoolLit || expr instanceof Expr.NoneLit) {
            return null;
        }
        return SyntaxErrors.at(expr, "cannot assign to " + Targets.describe(expr) + " here. Maybe you meant '==' instead of '='?");
    }

    /** {@code def f(...)}: parameters, not expressions. */
    private boolean isParameterList(int open) {
        return open >= 2 && stream.get(open - 2).getType() == PythonLexer.DEF;
    }

    private static boolean isAssignment(Token t) {
        return t.getType() == PythonLexer.ASSIGN || t.getType() == PythonLexer.WALRUS;
    }

    /** {@code a if b c}: CPython's "expected 'else' after 'if' expression". */
    private PySyntaxError missingElse(Token bad) {
        if (bad.getType() == PythonLexer.ELSE || bad.getType() == PythonLexer.COLON) {
            return null;
        }
        for (int i = bad.getTokenIndex() - 1; i > 0 && !isLineBoundary(stream.get(i)); i--) {
            Token condition = parsedUntil(i + 1, PythonParser::or_test);
            if (stream.get(i).getType() == PythonLexer.IF && condition != null
                    && condition.getTokenIndex() == bad.getTokenIndex() - 1) {
                ParserRuleContext body = expressionBefore(i, 0, PythonParser::or_test);
                return body == null ? null : range(body.getStart(), condition, "expected 'else' after 'if' expression");
            }
        }
        return null;
    }

    /**
     * The outermost expression of {@code rule} that ends just before token {@code end} and
     * starts at or after {@code from} where CPython parses an expression (after an opening
     * bracket, a comma, '=', ':' ...), or null.
     */
    private ParserRuleContext expressionBefore(int end, int from, Function<PythonParser, ParserRuleContext> rule) {
        for (int start = from; start < end; start++) {
            if (!startsExpression(start)) {
                continue;
            }
            ParserRuleContext ctx = parsed(start, rule);
            if (ctx != null && ctx.getStop() != null && ctx.getStop().getTokenIndex() == end - 1) {
                return ctx;
            }
        }
        return null;
    }

    private boolean startsExpression(int index) {
        if (index == 0) {
            return true;
        }
        return EXPRESSION_STARTERS.contains(stream.get(index - 1).getType());
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
        ParserRuleContext ctx = parsed(start, rule);
        return ctx == null ? null : ctx.getStop();
    }

    private ParserRuleContext parsed(int start, Function<PythonParser, ParserRuleContext> rule) {
        PythonParser parser = TwoStageParse.newParser(stream, PredictionMode.LL);
        stream.seek(start);
        try {
            return rule.apply(parser);
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
