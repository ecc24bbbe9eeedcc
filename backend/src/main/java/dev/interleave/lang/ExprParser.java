package dev.interleave.lang;

import java.util.ArrayList;
import java.util.List;

/** Expressions of Python 3.13's grammar, with the error rules CPython applies to them. */
class ExprParser extends ParserBase {
    /** Bracket nesting of the parser's current position (CPython's token level). */
    int nest;
    final CallParser calls = new CallParser(this);
    final DisplayParser displays = new DisplayParser(this);
    final StringParser strings = new StringParser(this);
    final ParamParser params = new ParamParser(this);

    ExprParser(SourceText src, List<Token> toks, LexError lexError) {
        super(src, toks, lexError);
    }

    // ---- lists of expressions -----------------------------------------------------------------

    /** star_expressions: a single star_expression or an unparenthesized tuple. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.TupleExpr(elts, from(start));
    }

    Expr starExpression() {
        if (at("*")) {
            Token s = next();
            return new Expr.Starred(bitwiseOr(), from(s));
        }
        return expression();
    }

    Expr starNamedExpression() {
        if (at("*")) {
            Token s = next();
            return new Expr.Starred(bitwiseOr(), from(s));
        }
        return namedExpression();
    }

    /** yield_expr | star_expressions (CPython's annotated_rhs). */
    Expr annotatedRhs() {
        return at("yield") ? yieldExpr() : starExpressions();
    }

    Expr yieldExpr() {
        Token y = expect("yield");
        if (accept("from")) {
            return new Expr.YieldFrom(expression(), from(y));
        }
        if (!startsExpression(peek())) {
            return new Expr.Yield(null, y.pos());
        }
        return new Expr.Yield(starExpressions(), from(y));
    }

    /** Whether {@code t} can begin an expression. */
    static boolean startsExpression(Token t) {
        return switch (t.type()) {
            case NUMBER, STRING, FSTRING_START -> true;
            case NAME -> !Keywords.isKeyword(t.text()) || switch (t.text()) {
                case "not", "lambda", "await", "None", "True", "False" -> true;
                default -> false;
            };
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "*", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    // ---- named and conditional expressions ----------------------------------------------------

    Expr namedExpression() {
        if (atName() && peek(1).is(":=")) {
            return assignmentExpression();
        }
        Token start = peek();
        Expr e = expression();
        if (at(":=")) {
            next();
            if (attempt(this::expression)) {
                throw error("cannot use assignment expressions with " + TargetRules.exprName(e), e.pos());
            }
            throw fail();
        }
        if (at("=")) {
            AssignHints.checkNamedAssign(this, start, e);
        }
        return e;
    }

    Expr assignmentExpression() {
        Token n = next();
        next();
        Expr value = expression();
        return new Expr.NamedExpr(new Expr.Name(n.text(), n.pos()), value, from(n));
    }

    /** expression: conditional expressions, lambdas, and the missing-comma check. */
    Expr expression() {
        enter();
        try {
            if (at("lambda")) {
                return lambda();
            }
            return conditional();
        } finally {
            leave();
        }
    }

    private Expr conditional() {
        List<Expr> bodies = new ArrayList<>();
        List<Expr> tests = new ArrayList<>();
        List<Token> starts = new ArrayList<>();
        Expr last;
        while (true) {
            Token start = peek();
            Expr d = disjunction();
            if (!at("if")) {
                checkAfterExpression(start, d);
                last = d;
                break;
            }
            next();
            Expr test = disjunction();
            if (!at("else")) {
                if (!at(":")) {
                    throw error("expected 'else' after 'if' expression", d.pos(), test.pos());
                }
                throw fail();
            }
            next();
            bodies.add(d);
            tests.add(test);
            starts.add(start);
            if (at("lambda")) {
                last = lambda();
                break;
            }
        }
        for (int i = bodies.size() - 1; i >= 0; i--) {
            last = new Expr.IfExp(tests.get(i), bodies.get(i), last, from(starts.get(i)));
        }
        return last;
    }

    /** CPython's invalid_expression (missing comma) and invalid_legacy_expression rules. */
    private void checkAfterExpression(Token start, Expr d) {
        Token t = peek();
        if (!startsExpression(t) || (t.type() == TokenType.OP && t.text().equals("*"))) {
            return;
        }
        boolean legacy = d instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
        boolean nameString = start.type() == TokenType.NAME && d instanceof Expr.Name
                && (t.type() == TokenType.STRING || t.type() == TokenType.FSTRING_START);
        boolean soft = start.type() == TokenType.NAME && Keywords.isSoftKeyword(start.text());
        if (!nameString && !soft && !legacy && nest > 0) {
            int save = p;
            Expr[] b = new Expr[1];
            if (probe(() -> b[0] = expression())) {
                throw error("invalid syntax. Perhaps you forgot a comma?", d.pos(), b[0].pos());
            }
            p = save;
        }
        if (legacy && !at("(")) {
            int save = p;
            Expr[] b = new Expr[1];
            if (probe(() -> b[0] = starExpressions())) {
                String id = ((Expr.Name) d).id();
                throw error("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?",
                        d.pos(), b[0].pos());
            }
            p = save;
        }
    }

    private Expr lambda() {
        Token l = expect("lambda");
        Node.Arguments args = params.lambdaParams();
        expect(":");
        if (at(TokenType.FSTRING_MIDDLE)) {
            throw error("f-string: lambda expressions are not allowed without parentheses", l.pos(), prev().pos());
        }
        Expr body = expression();
        return new Expr.Lambda(args, body, from(l));
    }

    // ---- boolean and comparison operators -----------------------------------------------------

    Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!at("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(false, values, from(start));
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!at("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(true, values, from(start));
    }

    private Expr inversion() {
        List<Token> nots = new ArrayList<>();
        while (at("not")) {
            nots.add(next());
        }
        Expr e = comparison();
        for (int i = nots.size() - 1; i >= 0; i--) {
            e = new Expr.UnaryOp(Operator.Unary.NOT, e, from(nots.get(i)));
        }
        return e;
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<Operator.Cmp> ops = new ArrayList<>();
        List<Expr> rights = new ArrayList<>();
        Operator.Cmp op;
        while ((op = compareOp()) != null) {
            ops.add(op);
            rights.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(left, ops, rights, from(start));
    }

    private Operator.Cmp compareOp() {
        Token t = peek();
        if (t.type() != TokenType.OP && t.type() != TokenType.NAME) {
            return null;
        }
        Operator.Cmp op = switch (t.text()) {
            case "==" -> Operator.Cmp.EQ;
            case "!=" -> Operator.Cmp.NOT_EQ;
            case "<" -> Operator.Cmp.LT;
            case "<=" -> Operator.Cmp.LT_E;
            case ">" -> Operator.Cmp.GT;
            case ">=" -> Operator.Cmp.GT_E;
            case "in" -> Operator.Cmp.IN;
            case "is" -> peek(1).is("not") ? Operator.Cmp.IS_NOT : Operator.Cmp.IS;
            case "not" -> peek(1).is("in") ? Operator.Cmp.NOT_IN : null;
            default -> null;
        };
        if (op == null || (t.type() == TokenType.NAME) != Character.isLetter(t.text().charAt(0))) {
            return null;
        }
        p += op == Operator.Cmp.IS_NOT || op == Operator.Cmp.NOT_IN ? 2 : 1;
        return op;
    }

    // ---- binary operators ---------------------------------------------------------------------

    Expr bitwiseOr() {
        return binary(0);
    }

    private static int precedence(Token t) {
        if (t.type() != TokenType.OP) {
            return -1;
        }
        return switch (t.text()) {
            case "|" -> 0;
            case "^" -> 1;
            case "&" -> 2;
            case "<<", ">>" -> 3;
            case "+", "-" -> 4;
            case "*", "/", "//", "%", "@" -> 5;
            default -> -1;
        };
    }

    private static Operator.Bin binOp(String s) {
        return switch (s) {
            case "|" -> Operator.Bin.BITOR;
            case "^" -> Operator.Bin.BITXOR;
            case "&" -> Operator.Bin.BITAND;
            case "<<" -> Operator.Bin.LSHIFT;
            case ">>" -> Operator.Bin.RSHIFT;
            case "+" -> Operator.Bin.ADD;
            case "-" -> Operator.Bin.SUB;
            case "*" -> Operator.Bin.MULT;
            case "/" -> Operator.Bin.DIV;
            case "//" -> Operator.Bin.FLOORDIV;
            case "%" -> Operator.Bin.MOD;
            case "@" -> Operator.Bin.MATMULT;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private Expr binary(int minPrec) {
        Token start = peek();
        Expr left = minPrec > 5 ? factor() : binary(minPrec + 1);
        if (minPrec > 5) {
            return left;
        }
        while (precedence(peek()) == minPrec) {
            Operator.Bin op = binOp(next().text());
            Expr right = binary(minPrec + 1);
            left = new Expr.BinOp(left, op, right, from(start));
        }
        return left;
    }

    private Expr factor() {
        List<Token> ops = new ArrayList<>();
        while (at("-") || at("+") || at("~")) {
            ops.add(next());
        }
        Expr e = power();
        for (int i = ops.size() - 1; i >= 0; i--) {
            Token t = ops.get(i);
            Operator.Unary op = switch (t.text()) {
                case "-" -> Operator.Unary.USUB;
                case "+" -> Operator.Unary.UADD;
                default -> Operator.Unary.INVERT;
            };
            e = new Expr.UnaryOp(op, e, from(t));
        }
        return e;
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (!at("**")) {
            return base;
        }
        next();
        enter();
        try {
            Expr exp = factor();
            return new Expr.BinOp(base, Operator.Bin.POW, exp, from(start));
        } finally {
            leave();
        }
    }

    private Expr awaitPrimary() {
        if (at("await")) {
            Token a = next();
            Expr e = primary();
            return new Expr.Await(e, from(a));
        }
        return primary();
    }

    // ---- primaries and atoms ------------------------------------------------------------------

    Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            if (at(".")) {
                next();
                Token name = expectName();
                e = new Expr.Attribute(e, name.text(), from(start));
            } else if (at("(")) {
                e = calls.call(e, start);
            } else if (at("[")) {
                e = subscript(e, start);
            } else {
                return e;
            }
        }
    }

    private Expr subscript(Expr value, Token start) {
        next();
        nest++;
        Expr slice = slices();
        nest--;
        expect("]");
        return new Expr.Subscript(value, slice, from(start));
    }

    private Expr slices() {
        Token start = peek();
        Expr first = sliceOrStarred();
        if (!at(",")) {
            if (first instanceof Expr.Starred) {
                return new Expr.TupleExpr(List.of(first), first.pos());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            elts.add(sliceOrStarred());
        }
        return new Expr.TupleExpr(elts, from(start));
    }

    private Expr sliceOrStarred() {
        if (at("*")) {
            Token s = next();
            return new Expr.Starred(expression(), from(s));
        }
        Token start = peek();
        Expr lower = null;
        if (!at(":")) {
            lower = namedExpression();
            if (!at(":")) {
                return lower;
            }
        }
        next();
        Expr upper = startsExpression(peek()) ? expression() : null;
        Expr step = null;
        if (accept(":")) {
            step = startsExpression(peek()) ? expression() : null;
        }
        return new Expr.Slice(lower, upper, step, from(start));
    }

    Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME:
                return nameAtom(t);
            case NUMBER:
                next();
                return new Expr.Constant(Numbers.parse(t), t.pos());
            case STRING:
            case FSTRING_START:
                return strings.strings();
            case OP:
                return opAtom(t);
            default:
                throw fail();
        }
    }

    private Expr nameAtom(Token t) {
        switch (t.text()) {
            case "True" -> {
                next();
                return new Expr.Constant(Boolean.TRUE, t.pos());
            }
            case "False" -> {
                next();
                return new Expr.Constant(Boolean.FALSE, t.pos());
            }
            case "None" -> {
                next();
                return new Expr.Constant(null, t.pos());
            }
            default -> {
                if (Keywords.isKeyword(t.text())) {
                    throw fail();
                }
                next();
                return new Expr.Name(t.text(), t.pos());
            }
        }
    }

    private Expr opAtom(Token t) {
        return switch (t.text()) {
            case "(" -> displays.parenthesized();
            case "[" -> displays.list();
            case "{" -> displays.brace();
            case "..." -> {
                next();
                yield new Expr.Constant(Expr.Ellipsis.INSTANCE, t.pos());
            }
            default -> throw fail();
        };
    }

    // ---- comprehensions -----------------------------------------------------------------------

    boolean atComprehension() {
        return at("for") || (at("async") && peek(1).is("for"));
    }

    List<Node.Comprehension> forIfClauses() {
        List<Node.Comprehension> gens = new ArrayList<>();
        while (atComprehension()) {
            boolean isAsync = accept("async");
            next();
            Expr target = forTargets();
            if (!at("in")) {
                peek();
                throw errorAtLast("'in' expected after for-loop variables");
            }
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Node.Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /** star_targets before 'in' (for statements and comprehensions), checked as assignment targets. */
    Expr forTargets() {
        Token start = peek();
        Expr first = targetElement();
        Expr target = first;
        if (at(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(",")) {
                if (at("in") || !startsExpression(peek())) {
                    break;
                }
                elts.add(targetElement());
            }
            target = new Expr.TupleExpr(elts, from(start));
        }
        TargetRules.checkAssignTarget(target);
        return target;
    }

    private Expr targetElement() {
        if (at("*")) {
            Token s = next();
            return new Expr.Starred(bitwiseOr(), from(s));
        }
        return bitwiseOr();
    }

    static Expr lastComprehensionItem(List<Node.Comprehension> gens) {
        Node.Comprehension last = gens.get(gens.size() - 1);
        return last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
    }
}
