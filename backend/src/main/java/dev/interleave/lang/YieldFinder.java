package dev.interleave.lang;

import java.util.List;

/** Whether a function body contains yield (not counting nested functions, lambdas and classes). */
final class YieldFinder {
    private boolean found;

    private YieldFinder() {}

    static boolean containsYield(List<Stmt> body) {
        YieldFinder f = new YieldFinder();
        AstWalker w = new AstWalker(
                s -> s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef,
                e -> f.visit(e));
        w.stmts(body);
        return f.found;
    }

    private boolean visit(Expr e) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            found = true;
        }
        return e instanceof Expr.Lambda;
    }
}
