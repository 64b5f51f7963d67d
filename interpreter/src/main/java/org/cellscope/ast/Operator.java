package org.cellscope.ast;

/** Binary operators, shared by {@link Expr.BinOp} and {@link Stmt.AugAssign}. */
public enum Operator {
    ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&");

    public final String symbol;

    Operator(String symbol) { this.symbol = symbol; }
}
