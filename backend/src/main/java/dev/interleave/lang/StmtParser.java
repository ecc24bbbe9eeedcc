package dev.interleave.lang;

import java.util.ArrayList;
import java.util.List;

/** Statements of Python 3.13's grammar (compound statements are in {@link CompoundParser}). */
class StmtParser extends ExprParser {
    final CompoundParser compound = new CompoundParser(this);

    StmtParser(SourceText src, List<Token> toks, LexError lexError) {
        super(src, toks, lexError);
    }

    Node.Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenType.ENDMARKER)) {
            statement(body);
        }
        return new Node.Module(body);
    }

    void statement(List<Stmt> out) {
        Stmt s = compound.tryCompound();
        if (s != null) {
            out.add(s);
        } else {
            simpleStatements(out);
        }
    }

    void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        while (accept(";")) {
            if (at(TokenType.NEWLINE)) {
                break;
            }
            out.add(simpleStatement());
        }
        if (!at(TokenType.NEWLINE)) {
            throw fail();
        }
        next();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            Stmt s = keywordStatement(t);
            if (s != null) {
                return s;
            }
        }
        return new AssignParser(this).expressionStatement();
    }

    private Stmt keywordStatement(Token t) {
        return switch (t.text()) {
            case "pass" -> new Stmt.Pass(next().pos());
            case "break" -> new Stmt.Break(next().pos());
            case "continue" -> new Stmt.Continue(next().pos());
            case "return" -> returnStmt();
            case "raise" -> raiseStmt();
            case "global", "nonlocal" -> names(t.text().equals("global"));
            case "del" -> delStmt();
            case "assert" -> assertStmt();
            case "import" -> new ImportParser(this).importName();
            case "from" -> new ImportParser(this).importFrom();
            case "type" -> typeAlias();
            default -> null;
        };
    }

    private Stmt typeAlias() {
        if (peek(1).type() == TokenType.NAME && (peek(2).is("=") || peek(2).is("["))) {
            throw error("type alias statements are not supported", peek().pos());
        }
        return null;
    }

    private Stmt returnStmt() {
        Token r = next();
        Expr value = startsExpression(peek()) ? starExpressions() : null;
        return new Stmt.Return(value, from(r));
    }

    private Stmt raiseStmt() {
        Token r = next();
        if (!startsExpression(peek())) {
            return new Stmt.Raise(null, null, r.pos());
        }
        Expr exc = expression();
        Expr cause = accept("from") ? expression() : null;
        return new Stmt.Raise(exc, cause, from(r));
    }

    private Stmt names(boolean global) {
        Token k = next();
        List<String> names = new ArrayList<>();
        do {
            names.add(expectName().text());
        } while (accept(","));
        return global ? new Stmt.Global(names, from(k)) : new Stmt.Nonlocal(names, from(k));
    }

    private Stmt delStmt() {
        Token d = next();
        int after = p;
        List<Expr> targets = new ArrayList<>();
        do {
            if (at(";") || at(TokenType.NEWLINE)) {
                break;
            }
            targets.add(bitwiseOrOrStar());
        } while (accept(","));
        if (targets.isEmpty() || !(at(";") || at(TokenType.NEWLINE))) {
            p = after;
            Expr[] e = new Expr[1];
            if (attempt(() -> e[0] = starExpressions())) {
                TargetRules.checkDelTarget(e[0]);
            }
            throw fail();
        }
        for (Expr t : targets) {
            TargetRules.checkDelTarget(t);
        }
        return new Stmt.Delete(targets, from(d));
    }

    private Expr bitwiseOrOrStar() {
        if (at("*")) {
            Token s = next();
            return new Expr.Starred(bitwiseOr(), from(s));
        }
        return bitwiseOr();
    }

    private Stmt assertStmt() {
        Token a = next();
        Expr test = expression();
        Expr msg = accept(",") ? expression() : null;
        return new Stmt.Assert(test, msg, from(a));
    }

    /** A block after ':' of a compound statement described as {@code what}, begun by {@code kw}. */
    List<Stmt> block(String what, Token kw) {
        List<Stmt> body = new ArrayList<>();
        if (!at(TokenType.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        next();
        if (!at(TokenType.INDENT)) {
            throw indentationError("expected an indented block after " + what + " on line " + kw.line());
        }
        next();
        while (!at(TokenType.DEDENT)) {
            statement(body);
        }
        next();
        return body;
    }

    /** ':' ending a compound statement header; "expected ':'" when the line ends instead. */
    void colon(boolean forced) {
        if (at(":")) {
            next();
            return;
        }
        if (forced) {
            throw errAt("expected ':'", peek(), PySyntaxError.Kind.SyntaxError);
        }
        if (at(TokenType.NEWLINE)) {
            throw errorAtLast("expected ':'");
        }
        throw fail();
    }
}
