package org.cellscope.ast;

import java.util.List;

/**
 * A function's or lambda's parameter list, as CPython's {@code ast.arguments}.
 * {@code defaults} align with the last positional parameters (posonly + args);
 * {@code kwDefaults} align one-to-one with {@code kwonly}, null where there is none.
 */
public record Arguments(Pos pos, List<Arg> posonly, List<Arg> args, Arg vararg, List<Arg> kwonly,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {

    public record Arg(Pos pos, String name, Expr annotation) implements Node {}

    public static Arguments empty(Pos pos) {
        return new Arguments(pos, List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
