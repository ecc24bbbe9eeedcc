package dev.interleave.lang;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the scopes of a module and decides, for every name in every scope, whether it is a
 * fast local, a cell, a free variable, a global or a namespace lookup.
 */
final class Symtable {

    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;

    static Symtable build(Node.Module m) {
        Symtable t = new Symtable();
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null);
        t.scopes.put(m, top);
        t.current = top;
        t.stmts(m.body());
        resolve(top, java.util.Set.of());
        return t;
    }

    Scope scopeOf(Object node) {
        return scopes.get(node);
    }

    // ---- collecting ----

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Assign a -> {
                a.targets().forEach(this::target);
                expr(a.value());
            }
            case Stmt.AugAssign a -> {
                target(a.target());
                if (a.target() instanceof Expr.Name n) {
                    current.used.add(n.id());
                }
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                target(a.target());
                if (a.value() != null) {
                    expr(a.value());
                }
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.For f -> {
                expr(f.iter());
                target(f.target());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Stmt.FunctionDef f -> {
                current.assigned.add(f.name());
                f.decorators().forEach(this::expr);
                defaults(f.args());
                Scope sc = new Scope(Scope.Kind.FUNCTION, f.name(), current);
                sc.isCoroutine = f.isAsync();
                scopes.put(f, sc);
                params(sc, f.args());
                Scope saved = current;
                current = sc;
                stmts(f.body());
                current = saved;
            }
            case Stmt.ClassDef c -> {
                current.assigned.add(c.name());
                c.decorators().forEach(this::expr);
                c.bases().forEach(this::expr);
                c.keywords().forEach(k -> expr(k.value()));
                Scope sc = new Scope(Scope.Kind.CLASS, c.name(), current);
                scopes.put(c, sc);
                Scope saved = current;
                current = sc;
                stmts(c.body());
                current = saved;
            }
            case Stmt.Global g -> current.globals.addAll(g.names());
            case Stmt.Nonlocal n -> current.nonlocals.addAll(n.names());
            case Stmt.Try t -> {
                stmts(t.body());
                for (Node.ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        current.assigned.add(h.name());
                    }
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Delete d -> d.targets().forEach(this::target);
            case Stmt.With w -> {
                for (Node.WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        target(item.optionalVars());
                    }
                }
                stmts(w.body());
            }
            case Stmt.Import im -> im.names().forEach(a -> current.assigned.add(
                    a.asname() != null ? a.asname() : a.name().split("\\.")[0]));
            case Stmt.ImportFrom im -> im.names().forEach(a -> {
                if (!a.name().equals("*")) {
                    current.assigned.add(a.asname() != null ? a.asname() : a.name());
                }
            });
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Pass p -> { }
        }
    }

    private void defaults(Node.Arguments a) {
        a.defaults().forEach(this::expr);
        for (Expr e : a.kwDefaults()) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private static void params(Scope sc, Node.Arguments a) {
        a.posonly().forEach(p -> sc.params.add(p.name()));
        a.args().forEach(p -> sc.params.add(p.name()));
        a.kwonly().forEach(p -> sc.params.add(p.name()));
        if (a.vararg() != null) {
            sc.params.add(a.vararg().name());
            sc.hasVarargs = true;
        }
        if (a.kwarg() != null) {
            sc.params.add(a.kwarg().name());
            sc.hasVarkw = true;
        }
    }

    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> current.assigned.add(n.id());
            case Expr.TupleExpr tu -> tu.elts().forEach(this::target);
            case Expr.ListExpr l -> l.elts().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> expr(t);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                current.used.add(n.id());
                if (n.id().equals("super") || n.id().equals("__class__")) {
                    current.usesSuperOrClass = true;
                }
            }
            case Expr.Constant c -> { }
            case Expr.JoinedStr j -> j.values().forEach(this::expr);
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> b.values().forEach(this::expr);
            case Expr.Compare c -> {
                expr(c.left());
                c.comparators().forEach(this::expr);
            }
            case Expr.Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                c.keywords().forEach(k -> expr(k.value()));
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.ListExpr l -> l.elts().forEach(this::expr);
            case Expr.TupleExpr t -> t.elts().forEach(this::expr);
            case Expr.SetExpr s -> s.elts().forEach(this::expr);
            case Expr.DictExpr d -> {
                for (Expr k : d.keys()) {
                    if (k != null) {
                        expr(k);
                    }
                }
                d.values().forEach(this::expr);
            }
            case Expr.Lambda l -> {
                defaults(l.args());
                Scope sc = new Scope(Scope.Kind.FUNCTION, "<lambda>", current);
                scopes.put(l, sc);
                params(sc, l.args());
                Scope saved = current;
                current = sc;
                expr(l.body());
                current = saved;
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.ListComp c -> comprehension(e, "<listcomp>", c.generators(), List.of(c.elt()));
            case Expr.SetComp c -> comprehension(e, "<setcomp>", c.generators(), List.of(c.elt()));
            case Expr.GeneratorExp c -> comprehension(e, "<genexpr>", c.generators(), List.of(c.elt()));
            case Expr.DictComp c -> comprehension(e, "<dictcomp>", c.generators(), List.of(c.key(), c.value()));
            case Expr.Yield y -> {
                current.isGenerator = true;
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                current.isGenerator = true;
                expr(y.value());
            }
            case Expr.Await a -> expr(a.value());
            case Expr.NamedExpr n -> {
                expr(n.value());
                Scope s = current;
                while (s.kind == Scope.Kind.FUNCTION && s.name.startsWith("<") && !s.name.equals("<lambda>")
                        && s.parent != null) {
                    s = s.parent;
                }
                String id = ((Expr.Name) n.target()).id();
                s.assigned.add(id);
                if (s != current) {
                    current.nonlocals.add(id);
                    current.used.add(id);
                }
            }
        }
    }

    private void comprehension(Expr node, String name, List<Node.Comprehension> gens, List<Expr> elts) {
        expr(gens.get(0).iter());
        Scope sc = new Scope(Scope.Kind.FUNCTION, name, current);
        sc.isGenerator = name.equals("<genexpr>");
        sc.params.add(".0");
        scopes.put(node, sc);
        Scope saved = current;
        current = sc;
        for (int i = 0; i < gens.size(); i++) {
            Node.Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            g.ifs().forEach(this::expr);
        }
        elts.forEach(this::expr);
        current = saved;
    }

    // ---- resolving ----

    private static void resolve(Scope s, java.util.Set<String> enclosing) {
        java.util.Set<String> visible = new java.util.HashSet<>(enclosing);
        switch (s.kind) {
            case MODULE -> {
                for (String n : s.assigned) {
                    s.resolved.put(n, Scope.Access.GLOBAL_IMPLICIT);
                }
            }
            case FUNCTION -> {
                for (String n : s.globals) {
                    s.resolved.put(n, Scope.Access.GLOBAL_EXPLICIT);
                }
                for (String n : s.nonlocals) {
                    s.resolved.put(n, Scope.Access.FREE);
                    s.frees.add(n);
                }
                for (String n : s.params) {
                    s.resolved.put(n, Scope.Access.FAST);
                }
                for (String n : s.assigned) {
                    if (!s.globals.contains(n) && !s.nonlocals.contains(n)) {
                        s.resolved.put(n, Scope.Access.FAST);
                    }
                }
                for (String n : s.used) {
                    if (!s.resolved.containsKey(n)) {
                        if (enclosing.contains(n)) {
                            s.resolved.put(n, Scope.Access.FREE);
                            s.frees.add(n);
                        } else {
                            s.resolved.put(n, Scope.Access.GLOBAL_IMPLICIT);
                        }
                    }
                }
                if (s.usesSuperOrClass && enclosing.contains("__class__")) {
                    s.resolved.put("__class__", Scope.Access.FREE);
                    s.frees.add("__class__");
                }
                for (Map.Entry<String, Scope.Access> e : s.resolved.entrySet()) {
                    if (e.getValue() == Scope.Access.FAST || e.getValue() == Scope.Access.FREE) {
                        visible.add(e.getKey());
                    }
                }
            }
            case CLASS -> {
                for (String n : s.globals) {
                    s.resolved.put(n, Scope.Access.GLOBAL_EXPLICIT);
                }
                for (String n : s.nonlocals) {
                    s.resolved.put(n, Scope.Access.FREE);
                    s.frees.add(n);
                }
                for (String n : s.assigned) {
                    s.resolved.putIfAbsent(n, Scope.Access.NAME);
                }
                for (String n : s.used) {
                    if (!s.resolved.containsKey(n)) {
                        if (enclosing.contains(n)) {
                            s.resolved.put(n, Scope.Access.FREE);
                            s.frees.add(n);
                        } else {
                            s.resolved.put(n, Scope.Access.NAME);
                        }
                    }
                }
                visible.add("__class__");
            }
        }
        for (Scope child : s.children) {
            resolve(child, visible);
            for (String f : child.frees) {
                if (s.kind == Scope.Kind.CLASS && f.equals("__class__")) {
                    s.needsClassCell = true;
                    s.cells.add("__class__");
                } else if (s.kind == Scope.Kind.FUNCTION && s.isLocal(f)) {
                    s.cells.add(f);
                    s.resolved.put(f, Scope.Access.CELL);
                } else if (s.kind != Scope.Kind.MODULE && !s.frees.contains(f)) {
                    s.frees.add(f);
                    if (!s.resolved.containsKey(f) || s.kind == Scope.Kind.FUNCTION) {
                        s.resolved.putIfAbsent(f, Scope.Access.FREE);
                    }
                }
            }
        }
    }
}
