package org.cellscope.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * CPython's tokenizer on top of the raw ANTLR lexer: logical lines (NEWLINE only where a
 * statement ends), INDENT and DEDENT from the indentation stack, brackets checked as they open
 * and close, and the tokenizer's errors raised with CPython's messages and positions.
 */
final class PythonTokenSource implements TokenSource {
    private static final int TAB_SIZE = 8;

    private final PythonLexer lexer;
    private final String source;
    private final boolean layout;
    private final Deque<Token> pending = new ArrayDeque<>();
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private final List<Integer> altIndents = new ArrayList<>(List.of(0));
    private final Deque<Token> brackets = new ArrayDeque<>();
    private Token previous;
    private boolean atLineStart = true;
    private boolean done;
    private PySyntaxError error;
    private Token stopToken;

    private PythonTokenSource(PythonLexer lexer, String source, boolean layout) {
        this.lexer = lexer;
        this.source = source;
        this.layout = layout;
        lexer.removeErrorListeners();
    }

    /** A whole module: statements, indentation and all. */
    static PythonTokenSource forModule(String source) {
        return new PythonTokenSource(new PythonLexer(CharStreams.fromString(source)), source, true);
    }

    /**
     * The expression of an f-string replacement field, which starts at (line, column) of the
     * enclosing file; line breaks inside it are insignificant as inside brackets.
     */
    static PythonTokenSource forExpression(String text, int line, int column) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.setLine(line);
        lexer.setCharPositionInLine(column);
        return new PythonTokenSource(lexer, text, false);
    }

    /**
     * The tokenizer error the token stream stopped at, or null. Like CPython's tokenizer, this
     * one fails lazily: the stream ends with an ERROR_CHAR token where the error is, and the
     * parser decides whether an earlier error (such as an unexpected indent) comes first.
     */
    PySyntaxError error() {
        return error;
    }

    /** The token standing where the tokenizer error is; the parser fails on it. */
    Token stopToken() {
        return stopToken;
    }

    /** The brackets still open at the end of the input, innermost last. */
    List<Token> unclosedBrackets() {
        List<Token> open = new ArrayList<>(brackets);
        java.util.Collections.reverse(open);
        return open;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            try {
                readRawToken();
            } catch (PySyntaxError e) {
                stopAt(e);
            }
        }
        return pending.poll();
    }

    private void stopAt(PySyntaxError e) {
        error = e;
        done = true;
        pending.clear();
        Token at = lexer.getToken() != null ? lexer.getToken() : previous;
        CommonToken stop = new CommonToken(PythonLexer.ERROR_CHAR, "");
        stop.setLine(e.line());
        stop.setCharPositionInLine(Math.max(0, e.column() - 1));
        stop.setStartIndex(at == null ? 0 : at.getStartIndex());
        stop.setStopIndex(stop.getStartIndex() - 1);
        stopToken = stop;
        pending.add(stop);
    }

    private void readRawToken() {
        if (done) {
            pending.add(synthetic(Token.EOF, previous));
            return;
        }
        Token t = lexer.nextToken();
        switch (t.getType()) {
            case PythonLexer.NEWLINE -> {
                if (layout && brackets.isEmpty() && !atLineStart) {
                    atLineStart = true;
                    emit(t);
                }
            }
            case Token.EOF -> endOfInput(t);

            default -> emitWithLayout(t);
        }
    }

    private void emitWithLayout(Token t) {
        if (layout && atLineStart && brackets.isEmpty()) {
            indent(t);
        }
        atLineStart = false;
        if (t.getType() == PythonLexer.ERROR_CHAR) {
            LexicalErrors.checkErrorChar(t, previous, source);
        }
        checkBracket(t);
        if (previous != null && previous.getType() == PythonLexer.NUMBER
                && previous.getStopIndex() + 1 == t.getStartIndex()) {
            LexicalErrors.checkNumberEnd(previous, t);
        }
        emit(t);
    }

    private void emit(Token t) {
        pending.add(t);
        previous = t;
    }

    private void endOfInput(Token eof) {
        done = true;
        if (!layout) {
            pending.add(eof);
            return;
        }
        Token end = atEndOfLastLine(eof);
        if (brackets.isEmpty()) {
            if (!atLineStart) {
                // where CPython's tokenizer puts it: after the last line's trailing spaces
                CommonToken newline = new CommonToken(end);
                newline.setType(PythonLexer.NEWLINE);
                newline.setText("");
                pending.add(newline);
            }
            for (int i = indents.size() - 1; i > 0; i--) {
                pending.add(synthetic(PythonParser.DEDENT, end));
            }
            indents.subList(1, indents.size()).clear();
        }
        pending.add(end);
    }

    /** CPython reports errors at the end of input just after the last line's last character. */
    private Token atEndOfLastLine(Token eof) {
        String text = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
        CommonToken end = new CommonToken(eof);
        end.setLine((int) text.chars().filter(c -> c == '\n').count() + 1);
        end.setCharPositionInLine(text.length() - text.lastIndexOf('\n') - 1);
        return end;
    }

    /** CPython's indentation rules, including its check that tabs and spaces agree. */
    private void indent(Token first) {
        int lineStart = source.lastIndexOf('\n', first.getStartIndex() - 1) + 1;
        int col = 0;
        int altCol = 0;
        for (int i = lineStart; i < first.getStartIndex(); i++) {
            char c = source.charAt(i);
            if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol++;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else if (c == ' ') {
                col++;
                altCol++;
            } else {
                break; // a line continuation; CPython measures up to it
            }
        }
        int top = indents.get(indents.size() - 1);
        int altTop = altIndents.get(altIndents.size() - 1);
        if (col == top) {
            if (altCol != altTop) {
                throw LexicalErrors.tabError(first);
            }
        } else if (col > top) {
            if (altCol <= altTop) {
                throw LexicalErrors.tabError(first);
            }
            indents.add(col);
            altIndents.add(altCol);
            pending.add(synthetic(PythonParser.INDENT, first));
        } else {
            while (col < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                altIndents.remove(altIndents.size() - 1);
                pending.add(synthetic(PythonParser.DEDENT, first));
            }
            if (col != indents.get(indents.size() - 1)) {
                throw LexicalErrors.unindentMismatch(first, source);
            }
            if (altCol != altIndents.get(altIndents.size() - 1)) {
                throw LexicalErrors.tabError(first);
            }
        }
    }

    private void checkBracket(Token t) {
        switch (t.getType()) {
            case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE -> brackets.push(t);
            case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE -> {
                if (brackets.isEmpty()) {
                    throw LexicalErrors.unmatched(t);
                }
                Token open = brackets.pop();
                if (!LexicalErrors.matches(open, t)) {
                    throw LexicalErrors.mismatched(open, t);
                }
            }
            default -> { }
        }
    }

    /** A zero-width token placed where {@code at} ends (NEWLINE) or starts (INDENT, DEDENT). */
    private Token synthetic(int type, Token at) {
        CommonToken t = new CommonToken(type, type == Token.EOF ? "<EOF>" : "");
        if (at == null) {
            t.setLine(1);
            t.setCharPositionInLine(0);
            t.setStartIndex(0);
        } else if (type == PythonLexer.NEWLINE) {
            Positions.End end = Positions.end(at);
            t.setLine(end.line());
            t.setCharPositionInLine(end.col());
            t.setStartIndex(at.getStopIndex() + 1);
        } else {
            t.setLine(at.getLine());
            t.setCharPositionInLine(at.getCharPositionInLine());
            t.setStartIndex(at.getStartIndex());
        }
        t.setStopIndex(t.getStartIndex() - 1);
        return t;
    }

    @Override
    public int getLine() { return lexer.getLine(); }

    @Override
    public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }

    @Override
    public CharStream getInputStream() { return lexer.getInputStream(); }

    @Override
    public String getSourceName() { return lexer.getSourceName(); }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }

    @Override
    public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
