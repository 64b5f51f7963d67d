package org.cellscope.ast;

import java.math.BigInteger;
import java.util.List;

/** Expressions, mirroring CPython's {@code ast} module node for node. */
public sealed interface Expr extends Node {

    // ---- atoms
    record Name(Pos pos, String id) implements Expr {}

    record IntLit(Pos pos, BigInteger value) implements Expr {}

    record FloatLit(Pos pos, double value) implements Expr {}

    /** An imaginary literal such as {@code 2j}; only the imaginary part is stored. */
    record ImagLit(Pos pos, double value) implements Expr {}

    /** A string literal after escape processing and implicit concatenation. */
    record StrLit(Pos pos, String value) implements Expr {}

    record BytesLit(Pos pos, byte[] value) implements Expr {}

    record BoolLit(Pos pos, boolean value) implements Expr {}

    record NoneLit(Pos pos) implements Expr {}

    record EllipsisLit(Pos pos) implements Expr {}

    /** An f-string: {@link StrLit} and {@link FormattedValue} parts, in order. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /**
     * One {@code {value!conversion:format_spec}} of an f-string. conversion is 's', 'r', 'a' or
     * 0 for none; formatSpec is a JoinedStr or null. For {@code f"{x=}"} the parser emits the
     * literal text {@code "x="} as a preceding StrLit and sets conversion to 'r' as CPython does.
     */
    record FormattedValue(Pos pos, Expr value, char conversion, Expr formatSpec) implements Expr {}

    // ---- operators
    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}

    /** {@code a and b and c} (isAnd) or {@code a or b}. */
    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}

    /** {@code left op0 c0 op1 c1 ...}: a chained comparison. */
    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    /** {@code target := value}. */
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}

    // ---- calls and access
    /** args may contain {@link Starred}; a keyword with a null name is {@code **value}. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    record Attribute(Pos pos, Expr value, String attr) implements Expr {}

    /** {@code value[slice]}; slice is a {@link Slice}, a {@link Tuple} of them, or any expression. */
    record Subscript(Pos pos, Expr value, Expr slice) implements Expr {}

    /** {@code lower:upper:step}, each part may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    record Starred(Pos pos, Expr value) implements Expr {}

    // ---- displays
    record ListExpr(Pos pos, List<Expr> elts) implements Expr {}

    record Tuple(Pos pos, List<Expr> elts) implements Expr {}

    record SetExpr(Pos pos, List<Expr> elts) implements Expr {}

    /** A null key means {@code **values[i]}. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    // ---- scopes of their own
    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    // ---- generators
    /** value may be null. */
    record Yield(Pos pos, Expr value) implements Expr {}

    record YieldFrom(Pos pos, Expr value) implements Expr {}
}
