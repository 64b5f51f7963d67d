package org.cellscope.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Comprehension;
import org.cellscope.ast.Keyword;
import org.cellscope.ast.Pos;
import org.cellscope.parse.PythonParser.ArglistContext;
import org.cellscope.parse.PythonParser.ArgumentContext;
import org.cellscope.parse.PythonParser.Comp_forContext;

/** The positional and keyword arguments of a call or class header. */
record CallArguments(List<Expr> args, List<Keyword> keywords) {
    static final CallArguments NONE = new CallArguments(List.of(), List.of());

    /**
     * The arguments between {@code (} and {@code close}; expr and comprehensions build the
     * parts. A generator expression as the only argument spans the parentheses, as in CPython.
     */
    static CallArguments of(ArglistContext ctx, Token close, Function<ParseTree, Expr> expr,
                            Function<Comp_forContext, List<Comprehension>> comprehensions) {
        Builder call = new Builder(close);
        boolean sole = ctx.argument().size() == 1 && ctx.COMMA().isEmpty();
        for (ArgumentContext a : ctx.argument()) {
            if (a.NAME() != null) {
                call.keyword(new Keyword(Positions.of(a), a.NAME().getText(), expr.apply(a.test(0))));
            } else if (a.ASSIGN() != null) {
                throw SyntaxErrors.at(Positions.of(a.getStart(), a.ASSIGN().getSymbol()),
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
            } else if (a.POWER() != null) {
                call.keyword(new Keyword(Positions.of(a), null, expr.apply(a.test(0))));
            } else if (a.STAR() != null) {
                call.positional(new Expr.Starred(Positions.of(a), expr.apply(a.test(0))));
            } else if (a.comp_for() != null) {
                if (!sole) {
                    throw SyntaxErrors.at(Positions.of(a), "Generator expression must be parenthesized");
                }
                Pos parens = Positions.of(((ParserRuleContext) ctx.getParent()).getStart(), close);
                call.positional(new Expr.GeneratorExp(parens, expr.apply(a.namedexpr_test()), comprehensions.apply(a.comp_for())));
            } else {
                call.positional(expr.apply(a.namedexpr_test()));
            }
        }
        return call.build();
    }

    /**
     * Collects arguments in source order with CPython's ordering checks. Like CPython's
     * invalid_arguments rule, ordering errors point at the closing parenthesis, the last token
     * the parser read.
     */
    private static final class Builder {
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
                    Pos star = arg.pos();
                    throw SyntaxErrors.at(new Pos(star.line(), star.col(), star.line(), star.col() + 1),
                            "iterable argument unpacking follows keyword argument unpacking");
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
