package org.cellscope.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.cellscope.ast.Module;

/** Source text to AST, or CPython's SyntaxError for it. */
public final class Parser {
    private Parser() {}

    /**
     * Parses a module. Throws {@link PySyntaxError} as CPython would for the same source (its
     * column and end column are where CPython's traceback puts the caret), and
     * {@link UnsupportedFeature} for valid Python that Cellscope does not run.
     */
    public static Module parse(String source, String filename) throws PySyntaxError {
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        try {
            return parseModule(text);
        } catch (PySyntaxError e) {
            throw Carets.asPrinted(e, text);
        } catch (StackOverflowError tooDeep) {
            // CPython gives up on such programs too, with this error and no position
            throw new PySyntaxError("RecursionError", "maximum recursion depth exceeded during compilation", 0, 0, 0);
        }
    }

    /** Errors carry CPython's offsets here; {@link Carets} turns them into what a traceback shows. */
    private static Module parseModule(String text) {
        PythonTokenSource tokens = PythonTokenSource.forModule(text);
        CommonTokenStream stream = new CommonTokenStream(tokens);
        stream.fill(); // up front: an error's diagnosis needs the brackets left open at the end
        PythonParser.File_inputContext tree = TwoStageParse.parse(stream, tokens, PythonParser::file_input, "");
        AstBuilder builder = new AstBuilder(FieldExpressions::parse);
        Module module = builder.module(tree);
        FutureImports.check(module);
        ControlFlowChecker.check(module, builder.compileErrors());
        return module;
    }
}
