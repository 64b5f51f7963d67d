package org.cellscope.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cellscope.ast.Arguments;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Pos;
import org.cellscope.parse.PythonParser.*;

/**
 * Assembles {@link Arguments} from parameters in source order and enforces CPython's ordering
 * rules (the grammar accepts any order so that the errors can be worded as CPython words them).
 */
final class ParameterListBuilder {
    private final List<Arguments.Arg> positional = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Arguments.Arg> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private List<Arguments.Arg> posonly = List.of();
    private Arguments.Arg vararg;
    private Arguments.Arg kwarg;
    private boolean starSeen;
    private Token bareStar;

    /** The parameters of a {@code def}; expr builds annotations and defaults (null stays null). */
    static Arguments of(Parameter_listContext ctx, Function<ParseTree, Expr> expr) {
        ParameterListBuilder params = new ParameterListBuilder();
        for (ParameterContext p : ctx.parameter()) {
            if (p instanceof PosonlyMarkerContext) {
                params.slash(p.getStart());
            } else if (p instanceof StarParameterContext star) {
                params.star(p.getStart(), star.typed_name() == null ? null : arg(star.typed_name(), expr));
            } else if (p instanceof KwargParameterContext kw) {
                params.doubleStar(p.getStart(), arg(kw.typed_name(), expr));
            } else {
                PlainParameterContext plain = (PlainParameterContext) p;
                params.plain(arg(plain.typed_name(), expr), expr.apply(plain.test()));
            }
        }
        return params.build(Positions.of(ctx));
    }

    /** The parameters of a {@code lambda}: names without annotations. */
    static Arguments of(Lambda_parameter_listContext ctx, Function<ParseTree, Expr> expr) {
        ParameterListBuilder params = new ParameterListBuilder();
        for (Lambda_parameterContext p : ctx.lambda_parameter()) {
            if (p instanceof LambdaPosonlyMarkerContext) {
                params.slash(p.getStart());
            } else if (p instanceof LambdaStarParameterContext star) {
                params.star(p.getStart(), star.NAME() == null ? null : arg(star.NAME()));
            } else if (p instanceof LambdaKwargParameterContext kw) {
                params.doubleStar(p.getStart(), arg(kw.NAME()));
            } else {
                LambdaPlainParameterContext plain = (LambdaPlainParameterContext) p;
                params.plain(arg(plain.NAME()), expr.apply(plain.test()));
            }
        }
        return params.build(Positions.of(ctx));
    }

    private static Arguments.Arg arg(Typed_nameContext ctx, Function<ParseTree, Expr> expr) {
        return new Arguments.Arg(Positions.of(ctx), ctx.NAME().getText(), expr.apply(ctx.test()));
    }

    private static Arguments.Arg arg(TerminalNode name) {
        return new Arguments.Arg(Positions.of(name), name.getText(), null);
    }

    private void slash(Token at) {
        if (posonly.size() > 0) {
            throw SyntaxErrors.at(at, "/ may appear only once");
        }
        if (starSeen) {
            throw SyntaxErrors.at(at, "/ must be ahead of *");
        }
        if (positional.isEmpty()) {
            throw SyntaxErrors.at(at, "at least one argument must precede /");
        }
        posonly = List.copyOf(positional);
        positional.clear();
    }

    /** {@code *name}, or a bare {@code *} when arg is null. */
    private void star(Token at, Arguments.Arg arg) {
        checkNotAfterKwarg(Positions.of(at));
        if (starSeen) {
            throw SyntaxErrors.at(at, "* argument may appear only once");
        }
        starSeen = true;
        vararg = arg;
        bareStar = arg == null ? at : null;
    }

    private void doubleStar(Token at, Arguments.Arg arg) {
        checkNotAfterKwarg(Positions.of(at));
        kwarg = arg;
    }

    private void plain(Arguments.Arg arg, Expr defaultValue) {
        checkNotAfterKwarg(arg.pos());
        bareStar = null;
        if (starSeen) {
            kwonly.add(arg);
            kwDefaults.add(defaultValue);
        } else if (defaultValue != null) {
            positional.add(arg);
            defaults.add(defaultValue);
        } else if (!defaults.isEmpty()) {
            throw SyntaxErrors.at(arg, "non-default argument follows default argument");
        } else {
            positional.add(arg);
        }
    }

    private void checkNotAfterKwarg(Pos at) {
        if (kwarg != null) {
            throw SyntaxErrors.at(at, "arguments cannot follow var-keyword argument");
        }
    }

    private Arguments build(Pos pos) {
        if (bareStar != null) {
            throw SyntaxErrors.at(bareStar, "named arguments must follow bare *");
        }
        return new Arguments(pos, posonly, List.copyOf(positional), vararg, List.copyOf(kwonly),
                java.util.Collections.unmodifiableList(new ArrayList<>(kwDefaults)), kwarg, List.copyOf(defaults));
    }
}
