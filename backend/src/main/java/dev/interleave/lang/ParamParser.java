package dev.interleave.lang;

import java.util.ArrayList;
import java.util.List;

/** Parameter lists of def and lambda, with CPython's invalid_parameters errors. */
final class ParamParser {
    private final ExprParser ps;

    ParamParser(ExprParser ps) {
        this.ps = ps;
    }

    /** Mutable state while reading one parameter list. */
    private static final class State {
        final boolean lambda;
        final String closing;
        List<Node.Arg> posonly = new ArrayList<>();
        List<Node.Arg> args = new ArrayList<>();
        final List<Expr> defaults = new ArrayList<>();
        final List<Node.Arg> kwonly = new ArrayList<>();
        final List<Expr> kwDefaults = new ArrayList<>();
        Node.Arg vararg;
        Node.Arg kwarg;
        Token star;
        boolean slash;

        State(boolean lambda) {
            this.lambda = lambda;
            this.closing = lambda ? ":" : ")";
        }

        Node.Arguments build() {
            return new Node.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
        }
    }

    /** Parameters of a def, after '(' and before ')'. */
    Node.Arguments defParams() {
        return params(new State(false));
    }

    /** Parameters of a lambda, before ':'. */
    Node.Arguments lambdaParams() {
        return params(new State(true));
    }

    private Node.Arguments params(State st) {
        while (!ps.at(st.closing)) {
            item(st);
            if (!ps.accept(",")) {
                break;
            }
        }
        if (!ps.at(st.closing)) {
            throw ParserBase.fail();
        }
        return st.build();
    }

    private String word(State st) {
        return st.lambda ? "Lambda expression parameters" : "Function parameters";
    }

    private void item(State st) {
        if (st.kwarg != null) {
            Token t = ps.peek();
            if (t.type() == TokenType.NAME || t.is("*") || t.is("**") || t.is("/")) {
                throw ParserBase.error("arguments cannot follow var-keyword argument", t.pos());
            }
            throw ParserBase.fail();
        }
        if (ps.at("/")) {
            slash(st);
        } else if (ps.at("*")) {
            star(st);
        } else if (ps.at("**")) {
            Token s = ps.next();
            st.kwarg = param(st, false);
            noDefault(s, "var-keyword argument cannot have default value");
        } else if (ps.at("(")) {
            parenthesized(st);
        } else {
            plain(st);
        }
    }

    private void noDefault(Token star, String msg) {
        if (ps.at("=")) {
            throw ParserBase.error(msg, ps.peek().pos());
        }
    }

    private void slash(State st) {
        if (st.args.isEmpty() && !st.slash && st.star == null) {
            int saved = ps.furthest;
            boolean comma = ps.peek(1).is(",");
            ps.furthest = saved;
            if (comma) {
                throw ParserBase.error("at least one argument must precede /", ps.peek().pos());
            }
            throw ParserBase.fail();
        }
        Token t = ps.next();
        if (st.slash) {
            throw ParserBase.error("/ may appear only once", t.pos());
        }
        if (st.star != null) {
            throw ParserBase.error("/ must be ahead of *", t.pos());
        }
        if (st.args.isEmpty()) {
            if (ps.at(",")) {
                throw ParserBase.error("at least one argument must precede /", t.pos());
            }
            throw ParserBase.fail();
        }
        st.slash = true;
        st.posonly = st.args;
        st.args = new ArrayList<>();
    }

    private void star(State st) {
        Token s = ps.next();
        if (st.star != null) {
            throw ParserBase.error("* argument may appear only once", s.pos());
        }
        st.star = s;
        if (ps.at(",") || ps.at(st.closing)) {
            boolean bare = ps.at(st.closing) || ps.peek(1).is(st.closing) || ps.peek(1).is("**");
            if (bare) {
                if (st.lambda) {
                    if (ps.at(",")) {
                        ps.next();
                    }
                    ps.peek();
                    throw ps.errorAtLast("named arguments must follow bare *");
                }
                throw ParserBase.error("named arguments must follow bare *", s.pos());
            }
            return;
        }
        st.vararg = param(st, true);
        noDefault(s, "var-positional argument cannot have default value");
    }

    private void parenthesized(State st) {
        Token open = ps.peek();
        int save = ps.p;
        ps.next();
        boolean ok = ps.atName();
        while (ok && ps.atName()) {
            ps.next();
            if (!ps.accept(",")) {
                break;
            }
        }
        if (ok && ps.at(")")) {
            Token close = ps.next();
            throw ParserBase.error(word(st) + " cannot be parenthesized", open.pos(), close.pos());
        }
        ps.p = save;
        throw ParserBase.fail();
    }

    private void plain(State st) {
        Node.Arg arg = param(st, false);
        Expr def = null;
        if (ps.at("=")) {
            Token eq = ps.next();
            if (ps.at(",") || ps.at(st.closing)) {
                throw ParserBase.error("expected default value expression", eq.pos());
            }
            def = ps.expression();
        }
        if (st.star != null) {
            st.kwonly.add(arg);
            st.kwDefaults.add(def);
            return;
        }
        if (def == null && !st.defaults.isEmpty()) {
            throw ParserBase.error("parameter without a default follows parameter with a default", arg.pos());
        }
        st.args.add(arg);
        if (def != null) {
            st.defaults.add(def);
        }
    }

    private Node.Arg param(State st, boolean starred) {
        Token name = ps.expectName();
        Expr annotation = null;
        if (!st.lambda && ps.accept(":")) {
            annotation = starred && ps.at("*") ? ps.starExpression() : ps.expression();
        }
        return new Node.Arg(name.text(), annotation, ps.from(name));
    }
}
