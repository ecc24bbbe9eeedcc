package dev.interleave.lang;

import java.util.List;

/**
 * CPython's error rules for misplaced '=' and bad assignment targets (invalid_named_expression and
 * invalid_assignment), applied in CPython's order.
 */
final class AssignHints {
    private AssignHints() {}

    /** Whether {@code e} can be the result of CPython's bitwise_or rule (an operand, not a test). */
    static boolean isBitwiseOr(Expr e) {
        return switch (e) {
            case Expr.Compare c -> false;
            case Expr.BoolOp b -> false;
            case Expr.UnaryOp u -> u.op() != Operator.Unary.NOT;
            case Expr.IfExp i -> false;
            case Expr.Lambda l -> false;
            case Expr.NamedExpr n -> false;
            case Expr.Starred s -> false;
            case Expr.TupleExpr t -> isParenthesized(t);
            default -> true;
        };
    }

    /** An unparenthesized tuple starts where its first element does. */
    static boolean isParenthesized(Expr.TupleExpr t) {
        if (t.elts().isEmpty()) {
            return true;
        }
        Pos a = t.pos();
        Pos b = t.elts().get(0).pos();
        return a.line() != b.line() || a.col() != b.col();
    }

    /** CPython's negative lookahead !(list|tuple|genexp|'True'|'None'|'False') before a bitwise_or. */
    private static boolean excludedStart(Token start, Expr e) {
        Expr left = TargetRules.leftmost(e);
        boolean startsHere = left.pos().line() == start.line() && left.pos().col() == start.col();
        if (!startsHere) {
            return false;
        }
        return switch (left) {
            case Expr.ListExpr l -> true;
            case Expr.TupleExpr t -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.Constant c -> c.value() == null || c.value() instanceof Boolean;
            default -> false;
        };
    }

    /**
     * At '=' after the expression {@code e} that began at {@code start}: raises CPython's
     * "Maybe you meant '=='" errors when {@code e = bitwise_or} is not followed by '=' or ':='.
     */
    static void checkNamedAssign(ExprParser ps, Token start, Expr e) {
        if (!isBitwiseOr(e)) {
            return;
        }
        int save = ps.p;
        int furthest = ps.furthest;
        ps.next();
        Expr[] rhs = new Expr[1];
        boolean ok = ps.attempt(() -> rhs[0] = ps.bitwiseOr()) && !ps.at("=") && !ps.at(":=");
        ps.p = save;
        ps.furthest = furthest;
        if (!ok) {
            return;
        }
        boolean bareName = e instanceof Expr.Name && start.type() == TokenType.NAME
                && e.pos().equals(start.pos());
        if (bareName) {
            throw ParserBase.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.pos(),
                    rhs[0].pos());
        }
        if (!excludedStart(start, e)) {
            throw ParserBase.error("cannot assign to " + TargetRules.exprName(e)
                    + " here. Maybe you meant '==' instead of '='?", e.pos());
        }
    }

    /**
     * For an assignment statement whose targets are not all valid: CPython's invalid_assignment.
     * {@code lastStart}/{@code lastElt} is the element of the first target just before the first
     * '=', found at token index {@code eqIndex}.
     */
    static void badAssignment(ExprParser ps, Token lastStart, Expr lastElt, int eqIndex, List<Expr> targets) {
        int save = ps.p;
        ps.p = eqIndex;
        checkNamedAssign(ps, lastStart, lastElt);
        ps.p = save;
        for (Expr t : targets) {
            if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom) {
                if (isBareYield(t, ps)) {
                    throw ParserBase.error("assignment to yield expression not possible", t.pos());
                }
            }
            Expr bad = TargetRules.invalidTarget(t, TargetRules.Kind.STAR);
            if (bad != null) {
                throw ParserBase.error("cannot assign to " + TargetRules.exprName(bad), bad.pos());
            }
        }
    }

    /** A yield written without parentheses (its position starts at a 'yield' token). */
    private static boolean isBareYield(Expr t, ExprParser ps) {
        Pos p = t.pos();
        int off = ps.src.lineStart(p.line()) + p.col();
        return ps.src.at(off) == 'y' && (off == 0 || ps.src.at(off - 1) != '(');
    }

    /** Errors for {@code target: annotation} where the target cannot be annotated. */
    static void badAnnotationTarget(Expr target) {
        if (target instanceof Expr.TupleExpr t && !isParenthesized(t)) {
            throw ParserBase.error("only single target (not tuple) can be annotated", t.elts().get(0).pos());
        }
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            throw ParserBase.error("only single target (not " + TargetRules.exprName(target) + ") can be annotated",
                    target.pos());
        }
        throw ParserBase.error("illegal target for annotation", target.pos());
    }
}
