package org.cellscope.parse;

import org.cellscope.ast.CmpOp;
import org.cellscope.ast.Operator;
import org.cellscope.ast.UnaryOperator;
import org.cellscope.parse.PythonParser.Comp_opContext;

/** Operator tokens to the AST's operator enums. */
final class Operators {
    private Operators() {}

    static Operator binary(String symbol) {
        for (Operator op : Operator.values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("operator " + symbol);
    }

    /** {@code not in} and {@code is not} are two tokens. */
    static CmpOp comparison(Comp_opContext ctx) {
        String symbol = ctx.getChildCount() == 2 ? ctx.getChild(0).getText() + " " + ctx.getChild(1).getText() : ctx.getText();
        for (CmpOp op : CmpOp.values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("comparison " + symbol);
    }

    static UnaryOperator unary(String symbol) {
        return switch (symbol) {
            case "+" -> UnaryOperator.UADD;
            case "-" -> UnaryOperator.USUB;
            case "~" -> UnaryOperator.INVERT;
            default -> throw new IllegalArgumentException("unary operator " + symbol);
        };
    }
}
