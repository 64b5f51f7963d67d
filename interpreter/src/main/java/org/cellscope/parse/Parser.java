package org.cellscope.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Module;
import org.cellscope.ast.Pos;

/** Source text to AST, or CPython's SyntaxError for it. */
public final class Parser {
    private Parser() {}

    /**
     * Parses a module. Throws {@link PySyntaxError} as CPython would for the same source, and
     * {@link UnsupportedFeature} for valid Python that Cellscope does not run.
     */
    public static Module parse(String source, String filename) throws PySyntaxError {
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        PythonTokenSource tokens = PythonTokenSource.forModule(text);
        CommonTokenStream stream = new CommonTokenStream(tokens);
        // Tokenizer errors anywhere win over parser errors, as after CPython's full-source check.
        stream.fill();
        PythonParser.File_inputContext tree = TwoStageParse.parse(stream, tokens, PythonParser::file_input, "");
        Module module = new AstBuilder(Parser::parseField).module(tree);
        ControlFlowChecker.check(module);
        return module;
    }

    /** The expression of an f-string replacement field, positioned where it stands in the file. */
    private static Expr parseField(String text, int line, int col) {
        PythonTokenSource tokens = PythonTokenSource.forExpression(text, line, col);
        CommonTokenStream stream = new CommonTokenStream(tokens);
        stream.fill();
        PythonParser.Fstring_exprContext tree = TwoStageParse.parse(stream, tokens, PythonParser::fstring_expr, "f-string: ");
        Expr value = new AstBuilder(Parser::parseField).fieldExpression(tree);
        if (value instanceof Expr.Tuple tuple && tree.testlist_star_expr() != null
                && !tree.testlist_star_expr().COMMA().isEmpty()) {
            // CPython 3.11 compiles the field as "(" + text + ")", so a bare tuple spans the braces
            int lastBreak = text.lastIndexOf('\n');
            int endLine = line + (int) text.chars().filter(c -> c == '\n').count();
            int endCol = lastBreak < 0 ? col + text.length() : text.length() - lastBreak - 1;
            return new Expr.Tuple(new Pos(line, col - 1, endLine, endCol + 1), tuple.elts());
        }
        return value;
    }
}
