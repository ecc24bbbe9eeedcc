package dev.interleave.lang;

import java.util.List;

/**
 * Expression nodes, mirroring CPython's ast module. Load, store and delete contexts are not
 * stored: the compiler knows them from where an expression stands.
 */
public sealed interface Expr {

    Pos pos();

    /** An identifier. */
    record Name(String id, Pos pos) implements Expr {}

    /**
     * A literal. {@code value} is a {@link java.math.BigInteger} (int), {@link Double} (float),
     * {@link String} (str), {@code byte[]} (bytes), {@link Boolean}, {@code null} (None) or
     * {@link Ellipsis#INSTANCE}.
     */
    record Constant(Object value, Pos pos) implements Expr {}

    enum Ellipsis { INSTANCE }

    /** An f-string: the concatenation of its parts (Constant strings and FormattedValues). */
    record JoinedStr(List<Expr> values, Pos pos) implements Expr {}

    /**
     * One replacement field of an f-string. {@code conversion} is 'r', 's', 'a' or -1;
     * {@code formatSpec} is a JoinedStr or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {}

    record BinOp(Expr left, Operator.Bin op, Expr right, Pos pos) implements Expr {}

    record UnaryOp(Operator.Unary op, Expr operand, Pos pos) implements Expr {}

    /** {@code a and b and c} (isAnd) or {@code a or b or c}. */
    record BoolOp(boolean isAnd, List<Expr> values, Pos pos) implements Expr {}

    /** {@code left op0 comparators0 op1 comparators1 ...}. */
    record Compare(Expr left, List<Operator.Cmp> ops, List<Expr> comparators, Pos pos) implements Expr {}

    /** A call. {@code args} may contain {@link Starred}; a keyword with a null name is {@code **expr}. */
    record Call(Expr func, List<Expr> args, List<Node.Keyword> keywords, Pos pos) implements Expr {}

    record Attribute(Expr value, String attr, Pos pos) implements Expr {}

    /** {@code value[slice]}; a tuple index like {@code a[1, 2]} has a TupleExpr slice. */
    record Subscript(Expr value, Expr slice, Pos pos) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}

    record Starred(Expr value, Pos pos) implements Expr {}

    record ListExpr(List<Expr> elts, Pos pos) implements Expr {}

    record TupleExpr(List<Expr> elts, Pos pos) implements Expr {}

    record SetExpr(List<Expr> elts, Pos pos) implements Expr {}

    /** A dict display; a null key means {@code **values[i]}. */
    record DictExpr(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {}

    record Lambda(Node.Arguments args, Expr body, Pos pos) implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}

    record ListComp(Expr elt, List<Node.Comprehension> generators, Pos pos) implements Expr {}

    record SetComp(Expr elt, List<Node.Comprehension> generators, Pos pos) implements Expr {}

    record GeneratorExp(Expr elt, List<Node.Comprehension> generators, Pos pos) implements Expr {}

    record DictComp(Expr key, Expr value, List<Node.Comprehension> generators, Pos pos) implements Expr {}

    /** {@code yield} or {@code yield value}; value may be null. */
    record Yield(Expr value, Pos pos) implements Expr {}

    record YieldFrom(Expr value, Pos pos) implements Expr {}

    record Await(Expr value, Pos pos) implements Expr {}

    /** {@code target := value}; target is a Name. */
    record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {}
}
