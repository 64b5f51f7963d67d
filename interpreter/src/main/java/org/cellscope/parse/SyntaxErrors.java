package org.cellscope.parse;

import org.antlr.v4.runtime.Token;
import org.cellscope.ast.Node;
import org.cellscope.ast.Pos;

/** SyntaxErrors placed as CPython places them: the caret under a node's or a token's columns. */
final class SyntaxErrors {
    private SyntaxErrors() {}

    static PySyntaxError at(Pos pos, String message) {
        return new PySyntaxError("SyntaxError", message, pos.line(), pos.col() + 1, pos.endCol() + 1);
    }

    static PySyntaxError at(Node node, String message) {
        return at(node.pos(), message);
    }

    static PySyntaxError at(Token token, String message) {
        return at(Positions.of(token), message);
    }
}
