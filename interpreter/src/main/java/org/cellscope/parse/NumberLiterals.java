package org.cellscope.parse;

import java.math.BigInteger;

import org.cellscope.ast.Expr;
import org.cellscope.ast.Pos;

/** Turns a NUMBER token into IntLit, FloatLit or ImagLit as CPython reads it. */
final class NumberLiterals {
    private NumberLiterals() {}

    static Expr parse(String token, Pos pos) {
        String text = token.replace("_", "").toLowerCase();
        if (text.endsWith("j")) {
            return new Expr.ImagLit(pos, Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.startsWith("0x")) {
            return new Expr.IntLit(pos, new BigInteger(text.substring(2), 16));
        }
        if (text.startsWith("0o")) {
            return new Expr.IntLit(pos, new BigInteger(text.substring(2), 8));
        }
        if (text.startsWith("0b")) {
            return new Expr.IntLit(pos, new BigInteger(text.substring(2), 2));
        }
        if (text.contains(".") || text.contains("e")) {
            return new Expr.FloatLit(pos, Double.parseDouble(text));
        }
        return new Expr.IntLit(pos, new BigInteger(text));
    }
}
