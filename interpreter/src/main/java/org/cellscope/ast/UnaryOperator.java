package org.cellscope.ast;

public enum UnaryOperator {
    NOT("not"), USUB("-"), UADD("+"), INVERT("~");

    public final String symbol;

    UnaryOperator(String symbol) { this.symbol = symbol; }
}
