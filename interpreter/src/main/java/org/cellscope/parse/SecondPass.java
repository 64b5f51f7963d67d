package org.cellscope.parse;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.cellscope.ast.Expr;
import org.cellscope.parse.PythonParser.*;

/**
 * The better messages of CPython's second parse, its "invalid_" rules, recognised around the
 * token where ANTLR failed: the rule it failed in, and small re-parses of nearby tokens.
 */
final class SecondPass {
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
            PythonLexer.RETURN, PythonLexer.YIELD, PythonLexer.WALRUS, PythonLexer.FOR, PythonLexer.STAR,
            PythonLexer.POWER);
    private static final Set<Integer> PARAMETER_EXPRESSION_STARTERS = Set.of(PythonLexer.COLON, PythonLexer.ASSIGN);
    /** Tokens after which it reads a {@code named_expression} (where '=' may be a slip for '=='). */
    private static final Set<Integer> NAMED_STARTERS = Set.of(PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK,
            PythonLexer.OPEN_BRACE, PythonLexer.COMMA);
    /** Statements whose first ':' is their own, not an annotation's. */
    private static final Set<Integer> COMPOUND_KEYWORDS = Set.of(PythonLexer.IF, PythonLexer.ELIF, PythonLexer.ELSE,
            PythonLexer.WHILE, PythonLexer.FOR, PythonLexer.TRY, PythonLexer.EXCEPT, PythonLexer.FINALLY,
            PythonLexer.WITH, PythonLexer.DEF, PythonLexer.CLASS, PythonLexer.LAMBDA, PythonLexer.ASYNC);

    private final TokenWindow tokens;
    private final RecognitionException e;
    private final Token bad;
    private final ParserRuleContext ctx;
    private final Token previous;

    SecondPass(TokenWindow tokens, RecognitionException e) {
        this.tokens = tokens;
        this.e = e;
        this.bad = e.getOffendingToken();
        this.ctx = (ParserRuleContext) e.getCtx();
        this.previous = bad.getTokenIndex() > 0 ? tokens.get(bad.getTokenIndex() - 1) : null;
    }

    /** The error CPython's second pass raises, or null when it finds nothing better than "invalid syntax". */
    PySyntaxError find() {
        Stream<Supplier<PySyntaxError>> rules = Stream.of(
                this::earlierStatement,
                this::expectedIndentedBlock,
                this::missingHandler,
                this::expectedColon,
                this::expectedParenthesis,
                this::badAnnotationTarget,
                this::legacyPrint,
                this::assignmentInExpression,
                this::missingElse,
                this::forgottenComma);
        return rules.map(Supplier::get).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * CPython's second pass starts at the top of the file, so a statement that parsed but
     * cannot be (an assignment to a literal, say) is reported before a later parse failure.
     */
    PySyntaxError earlierStatement() {
        return firstInvalidStatement(root(ctx));
    }

    private static ParserRuleContext root(ParserRuleContext ctx) {
        ParserRuleContext root = ctx;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    private PySyntaxError firstInvalidStatement(ParserRuleContext node) {
        if (node.children == null) {
            return null;
        }
        for (ParseTree child : node.children) {
            if (!(child instanceof ParserRuleContext c) || c.getStop() == null) {
                continue;
            }
            boolean complete = !isAncestorOfFailure(c) && c.getStop().getTokenIndex() < bad.getTokenIndex();
            PySyntaxError error = complete && c instanceof StmtContext s ? buildError(s)
                    : complete ? null : firstInvalidStatement(c);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    private boolean isAncestorOfFailure(ParserRuleContext c) {
        for (RuleContext r = ctx; r != null; r = r.getParent()) {
            if (r == c) {
                return true;
            }
        }
        return false;
    }

    private static PySyntaxError buildError(StmtContext statement) {
        try {
            new AstBuilder(FieldExpressions::parse).statements(statement);
            return null;
        } catch (PySyntaxError error) {
            return error;
        } catch (UnsupportedFeature ignored) {
            return null;
        }
    }

    private PySyntaxError expectedIndentedBlock() {
        if (!(ctx instanceof BlockContext block) || !block.stmt().isEmpty() || previous == null
                || previous.getType() != PythonLexer.NEWLINE) {
            return null;
        }
        ParserRuleContext owner = ctx.getParent();
        String message = "expected an indented block after " + BLOCK_OWNERS.get(owner.getClass()) + " on line "
                + owner.getStart().getLine();
        return tokens.errorAt(bad, "IndentationError", message);
    }

    /** A try block followed by neither: CPython's invalid_try_stmt. */
    private PySyntaxError missingHandler() {
        if (ctx instanceof Try_stmtContext t && t.block() != null && t.except_clause().isEmpty()
                && t.finally_clause() == null && bad.getType() != PythonLexer.EXCEPT && bad.getType() != PythonLexer.FINALLY) {
            return tokens.errorAt(bad, "expected 'except' or 'finally' block");
        }
        return null;
    }

    private PySyntaxError expectedColon() {
        boolean colonExpected = e instanceof NoViableAltException || e.getExpectedTokens().contains(PythonLexer.COLON);
        boolean forced = FORCED_COLON.contains(ctx.getClass());
        boolean beforeNewline = COLON_BEFORE_NEWLINE.contains(ctx.getClass()) && bad.getType() == PythonLexer.NEWLINE;
        return colonExpected && (forced || beforeNewline) ? tokens.errorAt(bad, "expected ':'") : null;
    }

    /** {@code def f x:}: CPython's def_raw demands '(' after the name. */
    private PySyntaxError expectedParenthesis() {
        boolean afterName = ctx instanceof FuncdefContext && previous.getType() == PythonLexer.NAME
                && tokens.get(previous.getTokenIndex() - 1).getType() == PythonLexer.DEF;
        return afterName ? tokens.errorAt(bad, "expected '('") : null;
    }

    /**
     * {@code classD():} (a keyword run into its name) reads as an annotated assignment to a
     * call; CPython only accepts a name, attribute or subscript before the annotation's ':'.
     */
    private PySyntaxError badAnnotationTarget() {
        int first = tokens.lineStart(bad.getTokenIndex());
        if (COMPOUND_KEYWORDS.contains(tokens.get(first).getType())) {
            return null;
        }
        int depth = 0;
        for (int i = first; i < bad.getTokenIndex(); i++) {
            Token t = tokens.get(i);
            depth += TokenWindow.isOpening(t) ? 1 : TokenWindow.isClosing(t) ? -1 : 0;
            if (depth == 0 && t.getType() == PythonLexer.COLON) {
                ParserRuleContext target = tokens.parsed(first, PythonParser::testlist_star_expr);
                if (target == null || target.getStop().getTokenIndex() != i - 1) {
                    return null;
                }
                Expr expr = (Expr) new AstBuilder(FieldExpressions::parse).visit(target);
                boolean valid = expr instanceof Expr.Name || expr instanceof Expr.Attribute || expr instanceof Expr.Subscript;
                return valid ? null : tokens.errorAt(t, "invalid syntax");
            }
        }
        return null;
    }

    /** {@code print "x"}: CPython's invalid_legacy_expression. */
    private PySyntaxError legacyPrint() {
        if (previous == null || previous.getType() != PythonLexer.NAME || !LEGACY_STATEMENTS.contains(previous.getText())
                || bad.getType() == PythonLexer.OPEN_PAREN) {
            return null;
        }
        Token end = tokens.parsedUntil(bad.getTokenIndex(), PythonParser::testlist_star_expr);
        String name = previous.getText();
        return end == null ? null
                : TokenWindow.range(previous, end, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
    }

    /** {@code (x = 1)}: '=' where an expression goes on (CPython's invalid_named_expression). */
    private PySyntaxError assignmentInExpression() {
        int open = tokens.innermostOpenBracket(bad.getTokenIndex());
        if (bad.getType() != PythonLexer.ASSIGN || open < 0 || !holdsExpressions(open)
                || expressionStarters(open) != EXPRESSION_STARTERS) {
            return null;
        }
        Token valueEnd = tokens.parsedUntil(bad.getTokenIndex() + 1, PythonParser::expr);
        ParserRuleContext target = tokens.expressionBefore(bad.getTokenIndex(), open + 1, NAMED_STARTERS, PythonParser::expr);
        if (valueEnd == null || target == null || isAssignment(tokens.get(valueEnd.getTokenIndex() + 1))) {
            return null;
        }
        if (target.getStart() == target.getStop() && target.getStart().getType() == PythonLexer.NAME) {
            return TokenWindow.range(target.getStart(), valueEnd, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        Expr expr = (Expr) new AstBuilder(FieldExpressions::parse).visit(target);
        if (expr instanceof Expr.ListExpr || expr instanceof Expr.Tuple || expr instanceof Expr.GeneratorExp
                || expr instanceof Expr.BoolLit || expr instanceof Expr.NoneLit) {
            return null;
        }
        return SyntaxErrors.at(expr, "cannot assign to " + Targets.describe(expr) + " here. Maybe you meant '==' instead of '='?");
    }

    private static boolean isAssignment(Token t) {
        return t.getType() == PythonLexer.ASSIGN || t.getType() == PythonLexer.WALRUS;
    }

    /** {@code a if b c}: CPython's "expected 'else' after 'if' expression". */
    private PySyntaxError missingElse() {
        if (bad.getType() == PythonLexer.ELSE || bad.getType() == PythonLexer.COLON) {
            return null;
        }
        int first = tokens.lineStart(bad.getTokenIndex());
        for (int i = bad.getTokenIndex() - 1; i > first; i--) {
            if (tokens.get(i).getType() != PythonLexer.IF) {
                continue;
            }
            Token condition = tokens.parsedUntil(i + 1, PythonParser::or_test);
            if (condition != null && condition.getTokenIndex() == bad.getTokenIndex() - 1) {
                ParserRuleContext body = tokens.expressionBefore(i, first, EXPRESSION_STARTERS, PythonParser::or_test);
                return body == null ? null : TokenWindow.range(body.getStart(), condition, "expected 'else' after 'if' expression");
            }
        }
        return null;
    }

    /** {@code [a b]}: two expressions side by side inside brackets (CPython's invalid_expression). */
    private PySyntaxError forgottenComma() {
        int open = tokens.innermostOpenBracket(bad.getTokenIndex());
        if (open < 0 || !holdsExpressions(open)) {
            return null;
        }
        Token end = tokens.parsedUntil(bad.getTokenIndex(), PythonParser::or_test);
        ParserRuleContext before = end == null ? null
                : tokens.expressionBefore(bad.getTokenIndex(), open + 1, expressionStarters(open), PythonParser::or_test);
        if (before == null) {
            return null;
        }
        Token first = before.getStart();
        boolean excluded = first.getType() == PythonLexer.NAME
                && (tokens.get(first.getTokenIndex() + 1).getType() == PythonLexer.STRING || isSoftKeyword(first.getText()));
        return excluded ? null : TokenWindow.range(first, end, "invalid syntax. Perhaps you forgot a comma?");
    }

    /** As CPython 3.11 tests it, comparing only the name's length: so "c" and "ma" count too. */
    private static boolean isSoftKeyword(String name) {
        return "case".startsWith(name) || "match".startsWith(name) || name.equals("_");
    }

    /** Brackets of {@code from m import (...)} hold names, not expressions. */
    private boolean holdsExpressions(int open) {
        return open < 1 || tokens.get(open - 1).getType() != PythonLexer.IMPORT;
    }

    /** In {@code def f(...)} only annotations and defaults are expressions. */
    private Set<Integer> expressionStarters(int open) {
        boolean parameters = open >= 2 && tokens.get(open - 2).getType() == PythonLexer.DEF;
        return parameters ? PARAMETER_EXPRESSION_STARTERS : EXPRESSION_STARTERS;
    }
}
