package dev.interleave.lang;

import java.util.ArrayList;
import java.util.List;

/** Expression statements and plain, augmented and annotated assignments. */
final class AssignParser {
    private final StmtParser ps;
    private Token lastStart;
    private Expr lastElt;

    AssignParser(StmtParser ps) {
        this.ps = ps;
    }

    Stmt expressionStatement() {
        Token start = ps.peek();
        Expr first = ps.at("yield") ? ps.yieldExpr() : firstTargets();
        if (ps.at("=")) {
            return assignment(start, first);
        }
        Operator.Bin aug = augOp(ps.peek());
        if (aug != null) {
            return augAssign(start, first, aug);
        }
        if (ps.at(":")) {
            return annAssign(start, first);
        }
        return new Stmt.ExprStmt(first, ps.from(start));
    }

    /** star_expressions, remembering where its last element starts (for CPython's '=' hints). */
    private Expr firstTargets() {
        Token start = ps.peek();
        lastStart = start;
        Expr first = ps.starExpression();
        lastElt = first;
        if (!ps.at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ps.accept(",")) {
            if (!ExprParser.startsExpression(ps.peek())) {
                break;
            }
            lastStart = ps.peek();
            lastElt = ps.starExpression();
            elts.add(lastElt);
        }
        return new Expr.TupleExpr(elts, ps.from(start));
    }

    private Stmt assignment(Token start, Expr first) {
        int eqIndex = ps.p;
        List<Expr> targets = new ArrayList<>();
        targets.add(first);
        Expr value;
        while (true) {
            ps.next();
            value = ps.annotatedRhs();
            if (!ps.at("=")) {
                break;
            }
            targets.add(value);
        }
        if (lastElt == null || !valid(targets)) {
            if (lastElt == null) {
                lastElt = first;
                lastStart = start;
            }
            AssignHints.badAssignment(ps, lastStart, lastElt, eqIndex, targets);
            throw ParserBase.fail();
        }
        return new Stmt.Assign(targets, value, ps.from(start));
    }

    private static boolean valid(List<Expr> targets) {
        for (Expr t : targets) {
            if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom
                    || TargetRules.invalidTarget(t, TargetRules.Kind.STAR) != null) {
                return false;
            }
        }
        return true;
    }

    private Stmt augAssign(Token start, Expr target, Operator.Bin op) {
        ps.next();
        Expr value = ps.annotatedRhs();
        if (!TargetRules.isSingleTarget(target)) {
            throw ParserBase.error("'" + TargetRules.exprName(target)
                    + "' is an illegal expression for augmented assignment", target.pos());
        }
        return new Stmt.AugAssign(target, op, value, ps.from(start));
    }

    private Stmt annAssign(Token start, Expr target) {
        ps.next();
        Expr annotation = ps.expression();
        boolean parenthesized = !(start.type() == TokenType.NAME && target instanceof Expr.Name);
        if (!TargetRules.isSingleTarget(target)) {
            AssignHints.badAnnotationTarget(target);
        }
        Expr value = ps.accept("=") ? ps.annotatedRhs() : null;
        return new Stmt.AnnAssign(target, annotation, value, !parenthesized && target instanceof Expr.Name,
                ps.from(start));
    }

    static Operator.Bin augOp(Token t) {
        if (t.type() != TokenType.OP) {
            return null;
        }
        return switch (t.text()) {
            case "+=" -> Operator.Bin.ADD;
            case "-=" -> Operator.Bin.SUB;
            case "*=" -> Operator.Bin.MULT;
            case "@=" -> Operator.Bin.MATMULT;
            case "/=" -> Operator.Bin.DIV;
            case "%=" -> Operator.Bin.MOD;
            case "&=" -> Operator.Bin.BITAND;
            case "|=" -> Operator.Bin.BITOR;
            case "^=" -> Operator.Bin.BITXOR;
            case "<<=" -> Operator.Bin.LSHIFT;
            case ">>=" -> Operator.Bin.RSHIFT;
            case "**=" -> Operator.Bin.POW;
            case "//=" -> Operator.Bin.FLOORDIV;
            default -> null;
        };
    }
}
