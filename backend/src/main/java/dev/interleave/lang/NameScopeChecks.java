package dev.interleave.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SyntaxErrors CPython's symtable raises: global/nonlocal misuse, duplicate parameters, yield
 * outside functions or inside comprehensions, and nonlocal names without a binding.
 */
final class NameScopeChecks {

    /** What a scope knows about its names while it is visited. */
    private static final class Block {
        final Block parent;
        final String kind;
        final Set<String> params = new HashSet<>();
        final Set<String> bound = new HashSet<>();
        final Set<String> used = new HashSet<>();
        final Set<String> globals = new HashSet<>();
        final Map<String, Stmt.Nonlocal> nonlocals = new HashMap<>();
        final List<Block> children = new ArrayList<>();

        Block(Block parent, String kind) {
            this.parent = parent;
            this.kind = kind;
            if (parent != null) {
                parent.children.add(this);
            }
        }

        boolean isFunction() {
            return kind.equals("function") || kind.equals("lambda");
        }
    }

    private Block cur;
    private final Block module;
    private final AstWalker walker = new AstWalker(this::onStmt, this::onExpr);

    private NameScopeChecks() {
        module = new Block(null, "module");
        cur = module;
    }

    static void check(Node.Module m) {
        NameScopeChecks c = new NameScopeChecks();
        c.walker.stmts(m.body());
        c.nonlocalBindings(c.module);
    }

    // ---- statements ---------------------------------------------------------------------------

    private boolean onStmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                cur.bound.add(f.name());
                walker.exprs(f.decorators());
                defaultsAndAnnotations(f.args(), f.returns());
                inBlock("function", () -> {
                    params(f.args());
                    walker.stmts(f.body());
                });
                return true;
            }
            case Stmt.ClassDef c -> {
                cur.bound.add(c.name());
                walker.exprs(c.decorators());
                walker.exprs(c.bases());
                c.keywords().forEach(k -> walker.expr(k.value()));
                inBlock("class", () -> walker.stmts(c.body()));
                return true;
            }
            case Stmt.Global g -> {
                declare(g.names(), true, s.pos(), null);
                return true;
            }
            case Stmt.Nonlocal n -> {
                if (cur == module) {
                    throw ParserBase.error("nonlocal declaration not allowed at module level", s.pos());
                }
                declare(n.names(), false, s.pos(), n);
                return true;
            }
            case Stmt.Assign a -> {
                a.targets().forEach(this::bind);
                walker.expr(a.value());
                return true;
            }
            case Stmt.AugAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    cur.used.add(n.id());
                }
                bind(a.target());
                walker.expr(a.value());
                return true;
            }
            case Stmt.AnnAssign a -> {
                bind(a.target());
                walker.expr(a.annotation());
                if (a.value() != null) {
                    walker.expr(a.value());
                }
                return true;
            }
            case Stmt.For f -> {
                bind(f.target());
                walker.expr(f.iter());
                walker.stmts(f.body());
                walker.stmts(f.orelse());
                return true;
            }
            case Stmt.With w -> {
                for (Node.WithItem item : w.items()) {
                    walker.expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        bind(item.optionalVars());
                    }
                }
                walker.stmts(w.body());
                return true;
            }
            case Stmt.Try t -> {
                t.handlers().forEach(h -> {
                    if (h.name() != null) {
                        cur.bound.add(h.name());
                    }
                });
                return false;
            }
            case Stmt.Import i -> {
                i.names().forEach(a -> cur.bound.add(boundName(a)));
                return true;
            }
            case Stmt.ImportFrom i -> {
                i.names().forEach(a -> cur.bound.add(boundName(a)));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static String boundName(Node.Alias a) {
        if (a.asname() != null) {
            return a.asname();
        }
        int dot = a.name().indexOf('.');
        return dot < 0 ? a.name() : a.name().substring(0, dot);
    }

    /** Records the names an assignment target binds; other parts of it are uses. */
    private void bind(Expr t) {
        switch (t) {
            case Expr.Name n -> cur.bound.add(n.id());
            case Expr.TupleExpr x -> x.elts().forEach(this::bind);
            case Expr.ListExpr x -> x.elts().forEach(this::bind);
            case Expr.Starred x -> bind(x.value());
            default -> walker.expr(t);
        }
    }

    private void declare(List<String> names, boolean global, Pos at, Stmt.Nonlocal stmt) {
        String what = global ? "global" : "nonlocal";
        for (String name : names) {
            if (cur.params.contains(name)) {
                throw ParserBase.error("name '" + name + "' is parameter and " + what, at);
            }
            if (cur.used.contains(name)) {
                throw ParserBase.error("name '" + name + "' is used prior to " + what + " declaration", at);
            }
            if (cur.bound.contains(name)) {
                throw ParserBase.error("name '" + name + "' is assigned to before " + what + " declaration", at);
            }
            if (global) {
                cur.globals.add(name);
            } else {
                cur.nonlocals.put(name, stmt);
            }
        }
    }

    private void defaultsAndAnnotations(Node.Arguments a, Expr returns) {
        walker.exprs(a.defaults());
        a.kwDefaults().forEach(d -> {
            if (d != null) {
                walker.expr(d);
            }
        });
        for (Node.Arg arg : allArgs(a)) {
            if (arg.annotation() != null) {
                walker.expr(arg.annotation());
            }
        }
        if (returns != null) {
            walker.expr(returns);
        }
    }

    static List<Node.Arg> allArgs(Node.Arguments a) {
        List<Node.Arg> all = new ArrayList<>(a.posonly());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonly());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        return all;
    }

    private void params(Node.Arguments a) {
        for (Node.Arg arg : allArgs(a)) {
            if (!cur.params.add(arg.name())) {
                throw ParserBase.error("duplicate argument '" + arg.name() + "' in function definition", arg.pos());
            }
            cur.bound.add(arg.name());
        }
    }

    private void inBlock(String kind, Runnable body) {
        Block saved = cur;
        cur = new Block(saved, kind);
        try {
            body.run();
        } finally {
            cur = saved;
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    private boolean onExpr(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                cur.used.add(n.id());
                return true;
            }
            case Expr.NamedExpr n -> {
                Block b = cur;
                while (b.kind.equals("comprehension") && b.parent != null) {
                    b = b.parent;
                }
                b.bound.add(((Expr.Name) n.target()).id());
                walker.expr(n.value());
                return true;
            }
            case Expr.Lambda l -> {
                defaultsAndAnnotations(l.args(), null);
                inBlock("lambda", () -> {
                    params(l.args());
                    walker.expr(l.body());
                });
                return true;
            }
            case Expr.Yield y -> {
                yieldCheck(e);
                return false;
            }
            case Expr.YieldFrom y -> {
                yieldCheck(e);
                return false;
            }
            case Expr.ListComp c -> comprehension("list comprehension", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension("set comprehension", c.generators(), c.elt(), null);
            case Expr.GeneratorExp c -> comprehension("generator expression", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension("dict comprehension", c.generators(), c.key(), c.value());
            default -> {
                return false;
            }
        }
        return true;
    }

    private void comprehension(String kind, List<Node.Comprehension> gens, Expr elt, Expr value) {
        walker.expr(gens.get(0).iter());
        inBlock("comprehension", () -> {
            cur.params.add(kind);
            for (int i = 0; i < gens.size(); i++) {
                Node.Comprehension g = gens.get(i);
                bind(g.target());
                if (i > 0) {
                    walker.expr(g.iter());
                }
                walker.exprs(g.ifs());
            }
            walker.expr(elt);
            if (value != null) {
                walker.expr(value);
            }
        });
    }

    private void yieldCheck(Expr e) {
        if (cur.kind.equals("comprehension")) {
            String kind = cur.params.iterator().next();
            throw ParserBase.error("'yield' inside " + kind, e.pos());
        }
        if (!cur.isFunction()) {
            throw ParserBase.error("'yield' outside function", e.pos());
        }
    }

    // ---- analysis -----------------------------------------------------------------------------

    private void nonlocalBindings(Block b) {
        for (Map.Entry<String, Stmt.Nonlocal> n : b.nonlocals.entrySet()) {
            if (!boundInEnclosingFunction(b.parent, n.getKey())) {
                throw ParserBase.error("no binding for nonlocal '" + n.getKey() + "' found", n.getValue().pos());
            }
        }
        for (Block c : b.children) {
            nonlocalBindings(c);
        }
    }

    private static boolean boundInEnclosingFunction(Block b, String name) {
        for (; b != null; b = b.parent) {
            if (b.kind.equals("class")) {
                continue;
            }
            if (!b.isFunction()) {
                return false;
            }
            if (b.globals.contains(name)) {
                return false;
            }
            if (b.bound.contains(name) || b.nonlocals.containsKey(name)) {
                return true;
            }
        }
        return false;
    }
}
