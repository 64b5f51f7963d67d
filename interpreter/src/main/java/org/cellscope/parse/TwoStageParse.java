package org.cellscope.parse;

import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * ANTLR's standard two-stage strategy: fast SLL prediction first, full LL only when SLL fails.
 * A failure under LL is a real syntax error and goes to {@link SyntaxDiagnosis}.
 */
final class TwoStageParse {
    private TwoStageParse() {}

    static <T extends ParserRuleContext> T parse(CommonTokenStream stream, PythonTokenSource tokens,
                                                 Function<PythonParser, T> rule, String messagePrefix) {
        PythonParser parser = newParser(stream, PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException sllFailed) {
            stream.seek(0);
            parser = newParser(stream, PredictionMode.LL);
            try {
                return rule.apply(parser);
            } catch (ParseCancellationException e) {
                throw new SyntaxDiagnosis(stream, tokens)
                        .diagnose((RecognitionException) e.getCause(), messagePrefix);
            }
        }
    }

    /** A parser that stops at the first error and prints nothing; it reads from the stream's current index. */
    static PythonParser newParser(CommonTokenStream stream, PredictionMode mode) {
        PythonParser parser = new PythonParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(mode);
        return parser;
    }
}
