package dev.interleave.lang;

import java.util.List;

/**
 * The SyntaxErrors CPython's compiler raises after the symtable pass: misplaced return, break,
 * continue, await and async forms, bad starred expressions, and a bare except that is not last.
 */
final class CompileChecks {
    private enum Ctx { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA }

    private Ctx ctx = Ctx.MODULE;
    private boolean inLoop;
    private boolean asyncGenerator;
    private final AstWalker walker = new AstWalker(this::onStmt, this::onExpr);

    private CompileChecks() {}

    static void check(Node.Module m) {
        new CompileChecks().walker.stmts(m.body());
    }

    private static PySyntaxError err(String msg, Pos at) {
        return ParserBase.error(msg, at);
    }

    // ---- statements ---------------------------------------------------------------------------

    private boolean onStmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Break b -> {
                if (!inLoop) {
                    throw err("'break' outside loop", s.pos());
                }
            }
            case Stmt.Continue c -> {
                if (!inLoop) {
                    throw err("'continue' not properly in loop", s.pos());
                }
            }
            case Stmt.For f -> forStmt(f);
            case Stmt.While w -> loop(w.test(), w.body(), w.orelse());
            case Stmt.With w -> withStmt(w);
            case Stmt.Try t -> tryStmt(t);
            case Stmt.Assign a -> {
                a.targets().forEach(this::target);
                walker.expr(a.value());
            }
            case Stmt.AugAssign a -> {
                target(a.target());
                walker.expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                target(a.target());
                walker.expr(a.annotation());
                if (a.value() != null) {
                    walker.expr(a.value());
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void function(Stmt.FunctionDef f) {
        walker.exprs(f.decorators());
        walker.arguments(f.args());
        if (f.returns() != null) {
            walker.expr(f.returns());
        }
        Ctx savedCtx = ctx;
        boolean savedLoop = inLoop;
        boolean savedGen = asyncGenerator;
        ctx = f.isAsync() ? Ctx.ASYNC_FUNCTION : Ctx.FUNCTION;
        inLoop = false;
        asyncGenerator = f.isAsync() && YieldFinder.containsYield(f.body());
        walker.stmts(f.body());
        ctx = savedCtx;
        inLoop = savedLoop;
        asyncGenerator = savedGen;
    }

    private void classDef(Stmt.ClassDef c) {
        walker.exprs(c.decorators());
        walker.exprs(c.bases());
        c.keywords().forEach(k -> walker.expr(k.value()));
        Ctx savedCtx = ctx;
        boolean savedLoop = inLoop;
        ctx = Ctx.CLASS;
        inLoop = false;
        walker.stmts(c.body());
        ctx = savedCtx;
        inLoop = savedLoop;
    }

    private void returnStmt(Stmt.Return r) {
        if (ctx != Ctx.FUNCTION && ctx != Ctx.ASYNC_FUNCTION) {
            throw err("'return' outside function", r.pos());
        }
        if (r.value() != null) {
            if (asyncGenerator) {
                throw err("'return' with value in async generator", r.pos());
            }
            walker.expr(r.value());
        }
    }

    private void forStmt(Stmt.For f) {
        if (f.isAsync() && ctx != Ctx.ASYNC_FUNCTION) {
            throw err("'async for' outside async function", f.pos());
        }
        target(f.target());
        loop(f.iter(), f.body(), f.orelse());
    }

    private void loop(Expr head, List<Stmt> body, List<Stmt> orelse) {
        walker.expr(head);
        boolean saved = inLoop;
        inLoop = true;
        walker.stmts(body);
        inLoop = saved;
        walker.stmts(orelse);
    }

    private void withStmt(Stmt.With w) {
        if (w.isAsync() && ctx != Ctx.ASYNC_FUNCTION) {
            throw err("'async with' outside async function", w.pos());
        }
        for (Node.WithItem item : w.items()) {
            walker.expr(item.contextExpr());
            if (item.optionalVars() != null) {
                target(item.optionalVars());
            }
        }
        walker.stmts(w.body());
    }

    private void tryStmt(Stmt.Try t) {
        walker.stmts(t.body());
        List<Node.ExceptHandler> hs = t.handlers();
        for (int i = 0; i < hs.size(); i++) {
            Node.ExceptHandler h = hs.get(i);
            if (h.type() == null && i < hs.size() - 1) {
                throw err("default 'except:' must be last", h.pos());
            }
            if (h.type() != null) {
                walker.expr(h.type());
            }
            walker.stmts(h.body());
        }
        walker.stmts(t.orelse());
        walker.stmts(t.finalbody());
    }

    /** An assignment target: starred parts only inside a list or tuple, at most one per level. */
    private void target(Expr t) {
        switch (t) {
            case Expr.Starred s -> throw err("starred assignment target must be in a list or tuple", s.pos());
            case Expr.TupleExpr x -> sequenceTarget(x.elts(), t.pos());
            case Expr.ListExpr x -> sequenceTarget(x.elts(), t.pos());
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw err("cannot assign to __debug__", n.pos());
                }
            }
            default -> walker.expr(t);
        }
    }

    private void sequenceTarget(List<Expr> elts, Pos at) {
        boolean seen = false;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                if (seen) {
                    throw err("multiple starred expressions in assignment", at);
                }
                seen = true;
                target(s.value());
            } else {
                target(e);
            }
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    private boolean onExpr(Expr e) {
        switch (e) {
            case Expr.Starred s -> throw err("can't use starred expression here", s.pos());
            case Expr.Await a -> {
                if (ctx != Ctx.ASYNC_FUNCTION) {
                    throw err(ctx == Ctx.FUNCTION || ctx == Ctx.LAMBDA ? "'await' outside async function"
                            : "'await' outside function", a.pos());
                }
                return false;
            }
            case Expr.ListExpr l -> elements(l.elts());
            case Expr.TupleExpr t -> elements(t.elts());
            case Expr.SetExpr s -> elements(s.elts());
            case Expr.Call c -> {
                walker.expr(c.func());
                elements(c.args());
                c.keywords().forEach(k -> walker.expr(k.value()));
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.ListComp c -> comprehension(e, c.generators(), false);
            case Expr.SetComp c -> comprehension(e, c.generators(), false);
            case Expr.DictComp c -> comprehension(e, c.generators(), false);
            case Expr.GeneratorExp c -> comprehension(e, c.generators(), true);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void elements(List<Expr> elts) {
        for (Expr x : elts) {
            walker.expr(x instanceof Expr.Starred s ? s.value() : x);
        }
    }

    private void lambda(Expr.Lambda l) {
        walker.arguments(l.args());
        Ctx saved = ctx;
        boolean savedLoop = inLoop;
        ctx = Ctx.LAMBDA;
        inLoop = false;
        walker.expr(l.body());
        ctx = saved;
        inLoop = savedLoop;
    }

    private void comprehension(Expr e, List<Node.Comprehension> gens, boolean generator) {
        boolean isAsync = gens.stream().anyMatch(Node.Comprehension::isAsync);
        if (isAsync && !generator && ctx != Ctx.ASYNC_FUNCTION) {
            throw err("asynchronous comprehension outside of an asynchronous function", e.pos());
        }
        Ctx saved = ctx;
        if (generator && isAsync) {
            ctx = Ctx.ASYNC_FUNCTION;
        }
        for (Node.Comprehension g : gens) {
            target(g.target());
            walker.expr(g.iter());
            walker.exprs(g.ifs());
        }
        switch (e) {
            case Expr.ListComp c -> walker.expr(c.elt());
            case Expr.SetComp c -> walker.expr(c.elt());
            case Expr.GeneratorExp c -> walker.expr(c.elt());
            case Expr.DictComp c -> {
                walker.expr(c.key());
                walker.expr(c.value());
            }
            default -> { }
        }
        ctx = saved;
    }
}
