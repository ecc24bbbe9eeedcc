package dev.interleave.lang;

import java.util.ArrayList;
import java.util.List;

/** Compound statements: if, while, for, with, try, def, class, decorators and async forms. */
final class CompoundParser {
    private final StmtParser ps;

    CompoundParser(StmtParser ps) {
        this.ps = ps;
    }

    /** The compound statement at the current token, or null if it starts a simple statement. */
    Stmt tryCompound() {
        Token t = ps.peek();
        if (t.type() == TokenType.OP) {
            return t.is("@") ? decorated() : null;
        }
        if (t.type() != TokenType.NAME) {
            return null;
        }
        return switch (t.text()) {
            case "if" -> ifStmt(ps.next(), "'if' statement");
            case "while" -> whileStmt();
            case "for" -> forStmt(null);
            case "with" -> withStmt(null);
            case "try" -> tryStmt();
            case "def" -> functionDef(List.of(), null);
            case "class" -> classDef(List.of());
            case "async" -> async();
            case "match" -> matchStmt();
            default -> null;
        };
    }

    private Stmt async() {
        Token a = ps.next();
        if (ps.at("def")) {
            return functionDef(List.of(), a);
        }
        if (ps.at("for")) {
            return forStmt(a);
        }
        if (ps.at("with")) {
            return withStmt(a);
        }
        throw ParserBase.fail();
    }

    /** A soft-keyword match statement: 'match' subject ':' at the end of the logical line. */
    private Stmt matchStmt() {
        int i = ps.p + 1;
        if (!ExprParser.startsExpression(ps.tok(i))) {
            return null;
        }
        int depth = 0;
        Token last = null;
        for (Token t = ps.tok(i); t.type() != TokenType.NEWLINE && t.type() != TokenType.ENDMARKER; t = ps.tok(++i)) {
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            }
            last = t;
        }
        if (last != null && last.is(":") && depth == 0) {
            throw ParserBase.error("match statements are not supported", ps.peek().pos());
        }
        return null;
    }

    private Stmt ifStmt(Token kw, String what) {
        Expr test = ps.namedExpression();
        ps.colon(false);
        List<Stmt> body = ps.block(what, kw);
        List<Stmt> orelse = List.of();
        if (ps.at("elif")) {
            Token elif = ps.next();
            orelse = List.of(ifStmt(elif, "'elif' statement"));
        } else if (ps.at("else")) {
            orelse = elseBlock();
        }
        return new Stmt.If(test, body, orelse, ps.fromSignificant(kw));
    }

    private List<Stmt> elseBlock() {
        Token e = ps.next();
        ps.colon(true);
        return ps.block("'else' statement", e);
    }

    private Stmt whileStmt() {
        Token kw = ps.next();
        Expr test = ps.namedExpression();
        ps.colon(false);
        List<Stmt> body = ps.block("'while' statement", kw);
        List<Stmt> orelse = ps.at("else") ? elseBlock() : List.of();
        return new Stmt.While(test, body, orelse, ps.fromSignificant(kw));
    }

    private Stmt forStmt(Token async) {
        Token kw = ps.next();
        Expr target = ps.forTargets();
        ps.expect("in");
        Expr iter = ps.starExpressions();
        ps.colon(false);
        List<Stmt> body = ps.block("'for' statement", kw);
        List<Stmt> orelse = ps.at("else") ? elseBlock() : List.of();
        return new Stmt.For(target, iter, body, orelse, async != null, ps.fromSignificant(async != null ? async : kw));
    }

    private Stmt withStmt(Token async) {
        Token kw = ps.next();
        List<Node.WithItem> items = new ArrayList<>();
        int save = ps.p;
        if (!(ps.at("(") && ps.attempt(() -> parenthesizedItems(items)))) {
            ps.p = save;
            items.clear();
            do {
                items.add(withItem());
            } while (ps.accept(","));
            ps.colon(false);
        }
        List<Stmt> body = ps.block("'with' statement", kw);
        return new Stmt.With(items, body, async != null, ps.fromSignificant(async != null ? async : kw));
    }

    private void parenthesizedItems(List<Node.WithItem> items) {
        ps.next();
        ps.nest++;
        do {
            if (ps.at(")") && !items.isEmpty()) {
                break;
            }
            items.add(withItem());
        } while (ps.accept(","));
        ps.nest--;
        ps.expect(")");
        ps.expect(":");
    }

    private Node.WithItem withItem() {
        Expr ctx = ps.expression();
        if (!ps.accept("as")) {
            return new Node.WithItem(ctx, null);
        }
        Expr target = starTarget();
        if (!(ps.at(",") || ps.at(")") || ps.at(":"))) {
            throw ParserBase.fail();
        }
        TargetRules.checkAssignTarget(target);
        return new Node.WithItem(ctx, target);
    }

    private Expr starTarget() {
        if (ps.at("*")) {
            Token s = ps.next();
            return new Expr.Starred(ps.bitwiseOr(), ps.from(s));
        }
        int save = ps.p;
        Expr e = ps.bitwiseOr();
        if (ps.at(",") || ps.at(")") || ps.at(":")) {
            return e;
        }
        ps.p = save;
        return ps.expression();
    }

    // ---- try ----------------------------------------------------------------------------------

    private Stmt tryStmt() {
        Token kw = ps.next();
        ps.colon(true);
        List<Stmt> body = ps.block("'try' statement", kw);
        List<Node.ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (ps.at("except")) {
            Token ex = ps.peek();
            boolean isStar = ps.peek(1).is("*");
            if (star != null && star != isStar) {
                throw mixedExcept(ex, isStar);
            }
            star = isStar;
            handlers.add(exceptBlock());
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && ps.at("else")) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (ps.at("finally")) {
            Token f = ps.next();
            ps.colon(true);
            finalbody = ps.block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw ps.errorAtLast("expected 'except' or 'finally' block");
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, star != null && star, ps.fromSignificant(kw));
    }

    private PySyntaxError mixedExcept(Token ex, boolean isStar) {
        String msg = "cannot have both 'except' and 'except*' on the same 'try'";
        return isStar ? ParserBase.error(msg, ex.pos(), ps.peek(1).pos()) : ParserBase.error(msg, ex.pos());
    }

    private Node.ExceptHandler exceptBlock() {
        Token ex = ps.next();
        boolean star = ps.accept("*");
        Expr type = null;
        String name = null;
        if (!ps.at(":") && !(ps.at(TokenType.NEWLINE) && !star)) {
            Token start = ps.peek();
            type = ps.expression();
            if (ps.at(",")) {
                type = exceptTuple(start, type);
            }
            if (ps.accept("as")) {
                name = ps.expectName().text();
            }
        }
        ps.colon(false);
        List<Stmt> body = ps.block(star ? "'except*' statement" : "'except' statement", ex);
        return new Node.ExceptHandler(type, name, body, ps.fromSignificant(ex));
    }

    private Expr exceptTuple(Token start, Expr first) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ps.accept(",")) {
            elts.add(ps.expression());
        }
        if (ps.at("as")) {
            throw ps.errorFrom("multiple exception types must be parenthesized", first.pos());
        }
        throw ParserBase.error("multiple exception types must be parenthesized", first.pos(),
                ps.prev().pos());
    }

    // ---- definitions --------------------------------------------------------------------------

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (ps.at("@")) {
            ps.next();
            decorators.add(ps.namedExpression());
            if (!ps.at(TokenType.NEWLINE)) {
                throw ParserBase.fail();
            }
            ps.next();
        }
        if (ps.at("class")) {
            return classDef(decorators);
        }
        Token async = ps.at("async") ? ps.next() : null;
        if (!ps.at("def")) {
            throw ParserBase.fail();
        }
        return functionDef(decorators, async);
    }

    private Stmt functionDef(List<Expr> decorators, Token async) {
        Token def = ps.next();
        Token name = ps.expectName();
        noTypeParams();
        if (!ps.at("(")) {
            throw ParserBase.error("expected '('", ps.peek().pos());
        }
        ps.next();
        ps.nest++;
        Node.Arguments args = ps.params.defParams();
        ps.nest--;
        ps.expect(")");
        Expr returns = ps.accept("->") ? ps.expression() : null;
        ps.colon(true);
        List<Stmt> body = ps.block("function definition", def);
        Token start = async != null ? async : def;
        return new Stmt.FunctionDef(name.text(), args, body, decorators, returns, async != null, ps.fromSignificant(start));
    }

    private void noTypeParams() {
        if (ps.at("[")) {
            throw ParserBase.error("type parameter lists are not supported", ps.peek().pos());
        }
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = ps.next();
        Token name = ps.expectName();
        noTypeParams();
        List<Expr> bases = List.of();
        List<Node.Keyword> keywords = List.of();
        if (ps.at("(")) {
            Expr.Call c = (Expr.Call) ps.calls.call(new Expr.Name(name.text(), name.pos()), name);
            if (!c.args().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp) {
                throw ParserBase.fail();
            }
            bases = c.args();
            keywords = c.keywords();
        }
        ps.colon(false);
        List<Stmt> body = ps.block("class definition", kw);
        return new Stmt.ClassDef(name.text(), bases, keywords, body, decorators, ps.fromSignificant(kw));
    }
}
