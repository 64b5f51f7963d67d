package org.cellscope.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cellscope.ast.Node;
import org.cellscope.ast.Pos;

/** CPython-style positions (1-based lines, 0-based columns, exclusive end) from tokens. */
final class Positions {
    record End(int line, int col) {}

    private Positions() {}

    /** Where a token ends; string tokens may span lines. */
    static End end(Token t) {
        String text = t.getText();
        int lastBreak = text.lastIndexOf('\n');
        if (lastBreak < 0 || t.getType() == PythonLexer.NEWLINE) {
            // a NEWLINE is as wide as the comment before it, if any
            int width = t.getType() != PythonLexer.NEWLINE ? text.length() : text.startsWith("#") ? text.length() - 1 : 0;
            return new End(t.getLine(), t.getCharPositionInLine() + width);
        }
        int breaks = (int) text.chars().filter(c -> c == '\n').count();
        return new End(t.getLine() + breaks, text.length() - lastBreak - 1);
    }

    static Pos of(Token first, Token last) {
        End end = end(last);
        return new Pos(first.getLine(), first.getCharPositionInLine(), end.line(), end.col());
    }

    static Pos of(Token t) {
        return of(t, t);
    }

    static Pos of(TerminalNode t) {
        return of(t.getSymbol());
    }

    static Pos of(ParserRuleContext ctx) {
        return of(ctx.getStart(), ctx.getStop());
    }

    static Pos of(Token first, Node last) {
        return new Pos(first.getLine(), first.getCharPositionInLine(), last.pos().endLine(), last.pos().endCol());
    }

    static Pos span(Node first, Node last) {
        return span(first.pos(), last.pos());
    }

    static Pos span(Pos first, Pos last) {
        return new Pos(first.line(), first.col(), last.endLine(), last.endCol());
    }

    static Pos span(Node first, Token last) {
        End end = end(last);
        return new Pos(first.pos().line(), first.pos().col(), end.line(), end.col());
    }
}
