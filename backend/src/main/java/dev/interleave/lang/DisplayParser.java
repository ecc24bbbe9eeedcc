package dev.interleave.lang;

import java.util.ArrayList;
import java.util.List;

/** Parenthesized forms, lists, dicts, sets and their comprehensions. */
final class DisplayParser {
    private final ExprParser ps;

    DisplayParser(ExprParser ps) {
        this.ps = ps;
    }

    private Token close(String s) {
        ps.nest--;
        return ps.expect(s);
    }

    private void noStarredComprehension(Expr first) {
        if (first instanceof Expr.Starred) {
            throw ParserBase.error("iterable unpacking cannot be used in comprehension", first.pos());
        }
    }

    Expr parenthesized() {
        Token open = ps.next();
        ps.nest++;
        if (ps.at(")")) {
            close(")");
            return new Expr.TupleExpr(List.of(), ps.from(open));
        }
        if (ps.at("yield")) {
            Expr y = ps.yieldExpr();
            close(")");
            return y;
        }
        if (ps.at("**")) {
            Token s = ps.next();
            ps.expression();
            if (ps.at(")")) {
                throw ParserBase.error("cannot use double starred expression here", s.pos());
            }
            throw ParserBase.fail();
        }
        Expr first = ps.starNamedExpression();
        if (ps.atComprehension()) {
            noStarredComprehension(first);
            List<Node.Comprehension> gens = ps.forIfClauses();
            close(")");
            return new Expr.GeneratorExp(first, gens, ps.from(open));
        }
        if (ps.at(",")) {
            List<Expr> elts = elements(first, ")");
            close(")");
            return new Expr.TupleExpr(elts, ps.from(open));
        }
        close(")");
        if (first instanceof Expr.Starred) {
            throw ParserBase.error("cannot use starred expression here", first.pos());
        }
        return first;
    }

    /** The rest of a comma-separated display after its first element. */
    private List<Expr> elements(Expr first, String closing) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ps.accept(",")) {
            if (ps.at(closing)) {
                break;
            }
            if (ps.atComprehension()) {
                throw ParserBase.error("did you forget parentheses around the comprehension target?",
                        first.pos(), ps.prev().pos());
            }
            elts.add(ps.starNamedExpression());
        }
        if (ps.atComprehension() && !closing.equals(")")) {
            throw ParserBase.error("did you forget parentheses around the comprehension target?",
                    first.pos(), elts.get(elts.size() - 1).pos());
        }
        return elts;
    }

    Expr list() {
        Token open = ps.next();
        ps.nest++;
        if (ps.at("]")) {
            close("]");
            return new Expr.ListExpr(List.of(), ps.from(open));
        }
        Expr first = ps.starNamedExpression();
        if (ps.atComprehension()) {
            noStarredComprehension(first);
            List<Node.Comprehension> gens = ps.forIfClauses();
            close("]");
            return new Expr.ListComp(first, gens, ps.from(open));
        }
        List<Expr> elts = elements(first, "]");
        close("]");
        return new Expr.ListExpr(elts, ps.from(open));
    }

    Expr brace() {
        Token open = ps.next();
        ps.nest++;
        if (ps.at("}")) {
            close("}");
            return new Expr.DictExpr(List.of(), List.of(), ps.from(open));
        }
        if (ps.at("**")) {
            return dict(open, null, doubleStarValue());
        }
        Expr first = ps.starNamedExpression();
        if (ps.at(":") && !(first instanceof Expr.Starred)) {
            ps.next();
            return dict(open, first, ps.expression());
        }
        if (ps.atComprehension()) {
            noStarredComprehension(first);
            List<Node.Comprehension> gens = ps.forIfClauses();
            close("}");
            return new Expr.SetComp(first, gens, ps.from(open));
        }
        List<Expr> elts = elements(first, "}");
        close("}");
        return new Expr.SetExpr(elts, ps.from(open));
    }

    private Expr doubleStarValue() {
        ps.next();
        return ps.bitwiseOr();
    }

    private Expr dict(Token open, Expr key, Expr value) {
        if (key != null && ps.atComprehension()) {
            List<Node.Comprehension> gens = ps.forIfClauses();
            close("}");
            return new Expr.DictComp(key, value, gens, ps.from(open));
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(key);
        values.add(value);
        while (ps.accept(",")) {
            if (ps.at("}")) {
                break;
            }
            if (ps.at("**")) {
                keys.add(null);
                values.add(doubleStarValue());
            } else {
                keys.add(ps.expression());
                ps.expect(":");
                values.add(ps.expression());
            }
        }
        close("}");
        return new Expr.DictExpr(keys, values, ps.from(open));
    }
}
