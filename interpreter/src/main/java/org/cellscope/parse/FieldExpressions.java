package org.cellscope.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.cellscope.ast.Expr;

/**
 * Parses the expression of an f-string replacement field as CPython 3.11 does: as the text in
 * parentheses, the '(' standing where the '{' is. Positions inside are the file's; a bare
 * tuple spans the braces; errors are counted from the '(' as CPython counts them.
 */
final class FieldExpressions {
    private FieldExpressions() {}

    /** The field's expression {@code text}, which starts at (line, col) of the file. */
    static Expr parse(String text, int line, int col) {
        int open = col - 1;
        PythonTokenSource tokens = PythonTokenSource.forExpression("(" + text + ")", line, open);
        CommonTokenStream stream = new CommonTokenStream(tokens);
        stream.fill();
        PythonParser.Fstring_exprContext tree;
        try {
            tree = TwoStageParse.parse(stream, tokens, PythonParser::fstring_expr, "f-string: ");
        } catch (PySyntaxError e) {
            throw e.line() != line ? e : new PySyntaxError(e.type(), e.getMessage(), line, fromOpen(e.column(), open),
                    fromOpen(e.endColumn(), open));
        }
        return new AstBuilder(FieldExpressions::parse).fieldExpression(tree);
    }

    private static int fromOpen(int column, int open) {
        return column > 0 ? column - open : column;
    }
}
