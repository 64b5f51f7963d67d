package org.cellscope.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.Token;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Keyword;

/** The positional and keyword arguments of a call or class header. */
record CallArguments(List<Expr> args, List<Keyword> keywords) {
    static final CallArguments NONE = new CallArguments(List.of(), List.of());

    /**
     * Collects arguments in source order with CPython's ordering checks. Like CPython's
     * invalid_arguments rule, ordering errors point at the closing parenthesis, the last token
     * the parser read.
     */
    static final class Builder {
        private final List<Expr> args = new ArrayList<>();
        private final List<Keyword> keywords = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private final Token close;
        private boolean keywordSeen;
        private boolean unpackingSeen;

        Builder(Token close) {
            this.close = close;
        }

        void positional(Expr arg) {
            if (arg instanceof Expr.Starred) {
                if (unpackingSeen) {
                    throw SyntaxErrors.at(arg, "iterable argument unpacking follows keyword argument unpacking");
                }
            } else if (unpackingSeen) {
                throw SyntaxErrors.at(close, "positional argument follows keyword argument unpacking");
            } else if (keywordSeen) {
                throw SyntaxErrors.at(close, "positional argument follows keyword argument");
            }
            args.add(arg);
        }

        void keyword(Keyword keyword) {
            if (keyword.name() == null) {
                unpackingSeen = true;
            } else {
                keywordSeen = true;
                if (!names.add(keyword.name())) {
                    throw SyntaxErrors.at(keyword, "keyword argument repeated: " + keyword.name());
                }
            }
            keywords.add(keyword);
        }

        CallArguments build() {
            return new CallArguments(List.copyOf(args), List.copyOf(keywords));
        }
    }
}
