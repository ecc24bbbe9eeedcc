package dev.interleave.lang;

import java.util.List;
import java.util.function.Predicate;

/**
 * Visits every statement and expression of a tree in source order. Each node is offered to a
 * callback first; when the callback returns false the walker visits the node's children itself.
 */
final class AstWalker {
    private final Predicate<Stmt> onStmt;
    private final Predicate<Expr> onExpr;

    AstWalker(Predicate<Stmt> onStmt, Predicate<Expr> onExpr) {
        this.onStmt = onStmt;
        this.onExpr = onExpr;
    }

    void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    void exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void opt(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    void stmt(Stmt s) {
        if (onStmt.test(s)) {
            return;
        }
        switch (s) {
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                expr(a.target());
                expr(a.annotation());
                opt(a.value());
            }
            case Stmt.If i -> testAndBlocks(i.test(), i.body(), i.orelse());
            case Stmt.While w -> testAndBlocks(w.test(), w.body(), w.orelse());
            case Stmt.For f -> {
                expr(f.target());
                testAndBlocks(f.iter(), f.body(), f.orelse());
            }
            case Stmt.Return r -> opt(r.value());
            case Stmt.FunctionDef f -> definition(f);
            case Stmt.ClassDef c -> {
                exprs(c.decorators());
                exprs(c.bases());
                c.keywords().forEach(k -> expr(k.value()));
                stmts(c.body());
            }
            case Stmt.Try t -> tryStmt(t);
            case Stmt.Raise r -> {
                opt(r.exc());
                opt(r.cause());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                opt(a.msg());
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.With w -> {
                w.items().forEach(i -> {
                    expr(i.contextExpr());
                    opt(i.optionalVars());
                });
                stmts(w.body());
            }
            default -> { }
        }
    }

    private void testAndBlocks(Expr test, List<Stmt> body, List<Stmt> orelse) {
        expr(test);
        stmts(body);
        stmts(orelse);
    }

    private void definition(Stmt.FunctionDef f) {
        exprs(f.decorators());
        arguments(f.args());
        opt(f.returns());
        stmts(f.body());
    }

    void arguments(Node.Arguments a) {
        exprs(a.defaults());
        exprs(a.kwDefaults());
        for (Node.Arg arg : NameScopeChecks.allArgs(a)) {
            opt(arg.annotation());
        }
    }

    private void tryStmt(Stmt.Try t) {
        stmts(t.body());
        for (Node.ExceptHandler h : t.handlers()) {
            opt(h.type());
            stmts(h.body());
        }
        stmts(t.orelse());
        stmts(t.finalbody());
    }

    void expr(Expr e) {
        if (onExpr.test(e)) {
            return;
        }
        switch (e) {
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.FormattedValue f -> {
                expr(f.value());
                opt(f.formatSpec());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                c.keywords().forEach(k -> expr(k.value()));
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Slice s -> {
                opt(s.lower());
                opt(s.upper());
                opt(s.step());
            }
            default -> compound(e);
        }
    }

    private void compound(Expr e) {
        switch (e) {
            case Expr.Starred s -> expr(s.value());
            case Expr.ListExpr l -> exprs(l.elts());
            case Expr.TupleExpr t -> exprs(t.elts());
            case Expr.SetExpr s -> exprs(s.elts());
            case Expr.DictExpr d -> {
                exprs(d.keys());
                exprs(d.values());
            }
            case Expr.Lambda l -> {
                arguments(l.args());
                expr(l.body());
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.ListComp c -> comprehension(c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c.generators(), c.elt(), null);
            case Expr.GeneratorExp c -> comprehension(c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c.generators(), c.key(), c.value());
            case Expr.Yield y -> opt(y.value());
            case Expr.YieldFrom y -> expr(y.value());
            case Expr.Await a -> expr(a.value());
            case Expr.NamedExpr n -> {
                expr(n.target());
                expr(n.value());
            }
            default -> { }
        }
    }

    private void comprehension(List<Node.Comprehension> gens, Expr elt, Expr value) {
        for (Node.Comprehension g : gens) {
            expr(g.target());
            expr(g.iter());
            exprs(g.ifs());
        }
        expr(elt);
        opt(value);
    }
}
