package org.cellscope.parse;

import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR's first syntax error into the error CPython 3.11 reports for the same source,
 * choosing between the tokenizer's error, the second pass's ({@link SecondPass}), an
 * unclosed bracket and plain "invalid syntax" in the order CPython's pegen does.
 */
final class SyntaxDiagnosis {
    private final TokenWindow tokens;
    private final PythonTokenSource source;

    SyntaxDiagnosis(CommonTokenStream stream, PythonTokenSource source) {
        this.tokens = new TokenWindow(stream);
        this.source = source;
    }

    PySyntaxError diagnose(RecognitionException e, String messagePrefix) {
        PySyntaxError error = diagnose(e);
        return messagePrefix.isEmpty() ? error : new PySyntaxError(error.type(), messagePrefix + error.getMessage(),
                error.line(), error.column(), error.endColumn());
    }

    private PySyntaxError diagnose(RecognitionException e) {
        Token bad = e.getOffendingToken();
        rejectMatchStatement(bad);
        PySyntaxError tokenizer = source.error();
        // CPython's tokenizer raises these itself; its indentation errors it only reports when reached
        boolean strong = tokenizer != null && tokenizer.type().equals("SyntaxError");
        List<Token> unclosed = source.unclosedBrackets();
        Token innermost = unclosed.isEmpty() ? null : unclosed.get(unclosed.size() - 1);
        SecondPass secondPass = new SecondPass(tokens, e);
        // the parser reached a tokenizer error: only what the second pass finds before it comes first
        if (tokenizer != null && bad == source.stopToken() || innermost != null && bad.getType() == Token.EOF) {
            PySyntaxError earlier = secondPass.earlierStatement();
            return earlier != null ? earlier : tokenizer != null ? tokenizer : LexicalErrors.neverClosed(innermost);
        }
        PySyntaxError specific = secondPass.find();
        if (specific != null) {
            // after a second-pass error, CPython tokenizes the rest of the file for a better one
            if (strong) {
                return tokenizer;
            }
            return innermost != null && blames(innermost, bad, tokens.lastRead(bad)) ? LexicalErrors.neverClosed(innermost)
                    : specific;
        }
        if (bad.getType() == PythonParser.INDENT) {
            return tokens.errorAt(bad, "IndentationError", "unexpected indent");
        }
        if (bad.getType() == PythonParser.DEDENT) {
            return tokens.errorAt(bad, "IndentationError", "unexpected unindent");
        }
        if (strong) {
            return tokenizer;
        }
        if (innermost != null && blames(innermost, bad, bad)) {
            return LexicalErrors.neverClosed(innermost);
        }
        return tokens.errorAt(bad, "invalid syntax");
    }

    /**
     * CPython blames an unclosed bracket for an error inside it when its parser had read past
     * the bracket's line (or to the end of the input) by the time of the error.
     */
    private static boolean blames(Token open, Token bad, Token lastRead) {
        return bad.getTokenIndex() > open.getTokenIndex()
                && (lastRead.getType() == Token.EOF || lastRead.getLine() > open.getLine());
    }

    /**
     * {@code match x:} is valid Python that this grammar leaves out; it fails on the token after
     * the soft keyword {@code match}, at the start of a line that ends with ':'.
     */
    private void rejectMatchStatement(Token bad) {
        int first = tokens.lineStart(bad.getTokenIndex());
        int last = tokens.lineEnd(first);
        Token keyword = tokens.get(first);
        if (keyword.getType() == PythonLexer.NAME && keyword.getText().equals("match") && first < last
                && tokens.get(last).getType() == PythonLexer.COLON) {
            throw UnsupportedFeature.at(keyword, "match statements");
        }
    }
}
