package org.cellscope.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.cellscope.ast.Arguments;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Pos;

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

    void slash(Token at) {
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
    void star(Token at, Arguments.Arg arg) {
        checkNotAfterKwarg(at);
        if (starSeen) {
            throw SyntaxErrors.at(at, "* argument may appear only once");
        }
        starSeen = true;
        vararg = arg;
        bareStar = arg == null ? at : null;
    }

    void doubleStar(Token at, Arguments.Arg arg) {
        checkNotAfterKwarg(at);
        kwarg = arg;
    }

    void plain(Token at, Arguments.Arg arg, Expr defaultValue) {
        checkNotAfterKwarg(at);
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

    private void checkNotAfterKwarg(Token at) {
        if (kwarg != null) {
            throw SyntaxErrors.at(at, "arguments cannot follow var-keyword argument");
        }
    }

    Arguments build(Pos pos) {
        if (bareStar != null) {
            throw SyntaxErrors.at(bareStar, "named arguments must follow bare *");
        }
        return new Arguments(pos, posonly, List.copyOf(positional), vararg, List.copyOf(kwonly),
                java.util.Collections.unmodifiableList(new ArrayList<>(kwDefaults)), kwarg, List.copyOf(defaults));
    }
}
