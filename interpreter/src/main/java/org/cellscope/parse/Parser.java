package org.cellscope.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.cellscope.ast.Module;

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
        stream.fill(); // up front: an error's diagnosis needs the brackets left open at the end
        PythonParser.File_inputContext tree = TwoStageParse.parse(stream, tokens, PythonParser::file_input, "");
        AstBuilder builder = new AstBuilder(FieldExpressions::parse);
        Module module = builder.module(tree);
        ControlFlowChecker.check(module, builder.compileErrors());
        return module;
    }
}
