package org.cellscope.parse;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Pos;

/** Adjacent string tokens joined into one literal: StrLit, BytesLit, or JoinedStr with f-strings. */
final class StringAtoms {
    private StringAtoms() {}

    static Expr build(List<Token> tokens, Pos pos, FStrings.ExpressionParser fieldParser) {
        try {
            return join(tokens, pos, fieldParser);
        } catch (StringLiterals.EscapeError e) {
            throw justPast(pos, e.getMessage());
        }
    }

    /** CPython reports these where it stopped reading: the token after the literal. */
    private static PySyntaxError justPast(Pos pos, String message) {
        return new PySyntaxError("SyntaxError", message, pos.endLine(), pos.endCol() + 1, pos.endCol() + 1);
    }

    private static Expr join(List<Token> tokens, Pos pos, FStrings.ExpressionParser fieldParser) {
        long bytes = tokens.stream().filter(t -> StringLiterals.isBytes(t.getText())).count();
        if (bytes > 0 && bytes < tokens.size()) {
            throw justPast(pos, "cannot mix bytes and nonbytes literals");
        }
        if (bytes > 0) {
            tokens.stream().filter(t -> t.getText().chars().anyMatch(c -> c > 127)).findFirst().ifPresent(t -> {
                throw SyntaxErrors.at(t, "bytes can only contain ASCII literal characters");
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            tokens.forEach(t -> out.writeBytes(StringLiterals.decodeBytes(StringLiterals.body(t.getText()),
                    StringLiterals.isRaw(t.getText()))));
            return new Expr.BytesLit(pos, out.toByteArray());
        }
        if (tokens.stream().anyMatch(t -> StringLiterals.isFString(t.getText()))) {
            JoinedStrBuilder parts = new JoinedStrBuilder(pos);
            for (Token t : tokens) {
                if (StringLiterals.isFString(t.getText())) {
                    FStrings.appendParts(t, pos, fieldParser, parts);
                } else {
                    parts.addLiteral(decode(t));
                }
            }
            return parts.build(pos);
        }
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(decode(t)));
        return new Expr.StrLit(pos, text.toString());
    }

    private static String decode(Token t) {
        return StringLiterals.decode(StringLiterals.body(t.getText()), StringLiterals.isRaw(t.getText()));
    }
}
