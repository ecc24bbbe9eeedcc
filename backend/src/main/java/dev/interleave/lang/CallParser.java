package dev.interleave.lang;

import java.util.ArrayList;
import java.util.List;

/** Call arguments, with CPython's invalid_arguments and invalid_kwarg errors. */
final class CallParser {
    private final ExprParser ps;

    CallParser(ExprParser ps) {
        this.ps = ps;
    }

    /** Mutable state of one argument list. */
    private static final class Args {
        final List<Expr> args = new ArrayList<>();
        final List<Node.Keyword> keywords = new ArrayList<>();
        boolean sawKeyword;
        boolean sawUnpack;
        String positionalAfterKeyword;
        Expr genexp;
    }

    Expr call(Expr func, Token start) {
        Token open = ps.next();
        ps.nest++;
        Args a = new Args();
        while (!ps.at(")")) {
            Token comma = ps.prev();
            argument(a, comma);
            if (!ps.accept(",")) {
                break;
            }
        }
        ps.nest--;
        if (!ps.at(")")) {
            throw ParserBase.fail();
        }
        if (a.positionalAfterKeyword != null) {
            throw ps.errorAtLast(a.positionalAfterKeyword);
        }
        Token close = ps.next();
        if (a.genexp != null) {
            Expr.GeneratorExp g = (Expr.GeneratorExp) a.genexp;
            a.args.set(0, new Expr.GeneratorExp(g.elt(), g.generators(), ParserBase.span(open, close)));
        }
        return new Expr.Call(func, a.args, a.keywords, ParserBase.span(start, close));
    }

    private void argument(Args a, Token comma) {
        if (a.genexp != null) {
            Expr g = a.genexp;
            throw ParserBase.error("Generator expression must be parenthesized", g.pos(),
                    ExprParser.lastComprehensionItem(((Expr.GeneratorExp) g).generators()).pos());
        }
        if (ps.at("*")) {
            starArg(a, comma);
        } else if (ps.at("**")) {
            doubleStarArg(a);
        } else if (ps.peek().type() == TokenType.NAME && ps.peek(1).is("=")) {
            keywordArg(a);
        } else {
            positional(a);
        }
    }

    private void starArg(Args a, Token comma) {
        Token s = ps.next();
        Expr v = ps.expression();
        Expr starred = new Expr.Starred(v, ps.from(s));
        if (a.sawUnpack) {
            throw ParserBase.error("iterable argument unpacking follows keyword argument unpacking",
                    comma.pos(), starred.pos());
        }
        if (ps.atComprehension()) {
            throw ParserBase.error("iterable unpacking cannot be used in comprehension", starred.pos());
        }
        a.args.add(starred);
    }

    private void doubleStarArg(Args a) {
        Token s = ps.next();
        Expr v = ps.expression();
        if (ps.at("=")) {
            ps.next();
            Expr[] b = new Expr[1];
            if (ps.attempt(() -> b[0] = ps.expression())) {
                throw ParserBase.error("cannot assign to keyword argument unpacking", s.pos(), b[0].pos());
            }
            throw ParserBase.fail();
        }
        a.sawKeyword = true;
        a.sawUnpack = true;
        a.keywords.add(new Node.Keyword(null, v, ps.from(s)));
    }

    private void keywordArg(Args a) {
        Token name = ps.next();
        Token eq = ps.next();
        String id = name.text();
        if (id.equals("True") || id.equals("False") || id.equals("None")) {
            throw ParserBase.error("cannot assign to " + id, name.pos(), eq.pos());
        }
        if (Keywords.isKeyword(id)) {
            throw ParserBase.fail();
        }
        if (ps.at(",") || ps.at(")")) {
            throw ParserBase.error("expected argument value expression", name.pos(), eq.pos());
        }
        Expr value = ps.expression();
        if (ps.atComprehension()) {
            throw ParserBase.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    name.pos(), eq.pos());
        }
        a.sawKeyword = true;
        a.keywords.add(new Node.Keyword(id, value, ps.from(name)));
    }

    private void positional(Args a) {
        Expr e = ps.atName() && ps.peek(1).is(":=") ? ps.assignmentExpression() : ps.expression();
        if (ps.at("=")) {
            throw ParserBase.error("expression cannot contain assignment, perhaps you meant \"==\"?",
                    e.pos(), ps.peek().pos());
        }
        if (ps.atComprehension()) {
            List<Node.Comprehension> gens = ps.forIfClauses();
            Expr g = new Expr.GeneratorExp(e, gens, Pos.span(e.pos(), ExprParser.lastComprehensionItem(gens).pos()));
            if (!a.args.isEmpty() || !a.keywords.isEmpty() || !ps.at(")")) {
                if (!ps.at(")") && !ps.at(",")) {
                    throw ParserBase.fail();
                }
                throw ParserBase.error("Generator expression must be parenthesized", e.pos(),
                        ExprParser.lastComprehensionItem(gens).pos());
            }
            a.genexp = g;
            a.args.add(g);
            return;
        }
        if (a.sawKeyword && a.positionalAfterKeyword == null) {
            a.positionalAfterKeyword = a.sawUnpack ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument";
        }
        a.args.add(e);
    }
}
