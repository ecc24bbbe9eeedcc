package dev.interleave.lang;

import java.math.BigInteger;
import java.util.List;

/**
 * Renders an AST compactly with every position, in the same form as the CPython-side script that
 * recorded the expected dumps: {@code Kind(field, ...)@line:col-endLine:endCol}.
 */
final class AstDump {
    private final StringBuilder sb = new StringBuilder();

    private AstDump() {}

    static String dump(Node.Module m) {
        AstDump d = new AstDump();
        d.sb.append("Module(");
        d.list(m.body());
        d.sb.append(')');
        return d.sb.toString();
    }

    private void node(String kind, Pos pos, Object... fields) {
        sb.append(kind).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            value(fields[i]);
        }
        sb.append(')');
        if (pos != null) {
            sb.append('@').append(pos.line()).append(':').append(pos.col()).append('-')
                    .append(pos.endLine()).append(':').append(pos.endCol());
        }
    }

    private void list(List<?> xs) {
        sb.append('[');
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            value(xs.get(i));
        }
        sb.append(']');
    }

    private void value(Object v) {
        switch (v) {
            case null -> sb.append("None");
            case List<?> l -> list(l);
            case Expr e -> expr(e);
            case Stmt s -> stmt(s);
            case String s -> str(s);
            case Boolean b -> sb.append(b ? "True" : "False");
            case Integer i -> sb.append(i);
            case Enum<?> e -> sb.append(e.name());
            default -> other(v);
        }
    }

    private void other(Object v) {
        switch (v) {
            case Node.Arguments a -> node("Arguments", null, a.posonly(), a.args(), a.vararg(), a.kwonly(),
                    a.kwDefaults(), a.kwarg(), a.defaults());
            case Node.Arg a -> node("Arg", a.pos(), a.name(), a.annotation());
            case Node.Keyword k -> node("Keyword", k.pos(), k.name(), k.value());
            case Node.Comprehension c -> node("Comprehension", null, c.target(), c.iter(), c.ifs(), c.isAsync());
            case Node.ExceptHandler h -> node("ExceptHandler", h.pos(), h.type(), h.name(), h.body());
            case Node.WithItem w -> node("WithItem", null, w.contextExpr(), w.optionalVars());
            case Node.Alias a -> node("Alias", a.pos(), a.name(), a.asname());
            default -> throw new IllegalArgumentException(v.getClass().toString());
        }
    }

    private void str(String s) {
        sb.append('"');
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append("\\u{").append(Integer.toHexString(c)).append('}');
            } else {
                sb.appendCodePoint(c);
            }
        });
        sb.append('"');
    }

    private void constant(Object v) {
        switch (v) {
            case null -> sb.append("None");
            case BigInteger b -> sb.append(b);
            case Double d -> sb.append("float:").append(Long.toHexString(Double.doubleToRawLongBits(d)));
            case byte[] b -> {
                sb.append("b:");
                for (byte x : b) {
                    sb.append(String.format("%02x", x & 0xff));
                }
            }
            case Expr.Ellipsis e -> sb.append("Ellipsis");
            default -> value(v);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Name n -> node("Name", n.pos(), n.id());
            case Expr.Constant c -> {
                sb.append("Constant(");
                constant(c.value());
                sb.append(')').append(posText(c.pos()));
            }
            case Expr.JoinedStr j -> node("JoinedStr", j.pos(), j.values());
            case Expr.FormattedValue f -> node("FormattedValue", f.pos(), f.value(), f.conversion(), f.formatSpec());
            case Expr.BinOp b -> node("BinOp", b.pos(), b.left(), b.op(), b.right());
            case Expr.UnaryOp u -> node("UnaryOp", u.pos(), u.op(), u.operand());
            case Expr.BoolOp b -> node("BoolOp", b.pos(), b.isAnd(), b.values());
            case Expr.Compare c -> node("Compare", c.pos(), c.left(), c.ops(), c.comparators());
            case Expr.Call c -> node("Call", c.pos(), c.func(), c.args(), c.keywords());
            case Expr.Attribute a -> node("Attribute", a.pos(), a.value(), a.attr());
            case Expr.Subscript s -> node("Subscript", s.pos(), s.value(), s.slice());
            case Expr.Slice s -> node("Slice", s.pos(), s.lower(), s.upper(), s.step());
            case Expr.Starred s -> node("Starred", s.pos(), s.value());
            case Expr.ListExpr l -> node("List", l.pos(), l.elts());
            case Expr.TupleExpr t -> node("Tuple", t.pos(), t.elts());
            case Expr.SetExpr s -> node("Set", s.pos(), s.elts());
            case Expr.DictExpr d -> node("Dict", d.pos(), d.keys(), d.values());
            case Expr.Lambda l -> node("Lambda", l.pos(), l.args(), l.body());
            case Expr.IfExp i -> node("IfExp", i.pos(), i.test(), i.body(), i.orelse());
            case Expr.ListComp l -> node("ListComp", l.pos(), l.elt(), l.generators());
            case Expr.SetComp s -> node("SetComp", s.pos(), s.elt(), s.generators());
            case Expr.GeneratorExp g -> node("GeneratorExp", g.pos(), g.elt(), g.generators());
            case Expr.DictComp d -> node("DictComp", d.pos(), d.key(), d.value(), d.generators());
            case Expr.Yield y -> node("Yield", y.pos(), y.value());
            case Expr.YieldFrom y -> node("YieldFrom", y.pos(), y.value());
            case Expr.Await a -> node("Await", a.pos(), a.value());
            case Expr.NamedExpr n -> node("NamedExpr", n.pos(), n.target(), n.value());
        }
    }

    private static String posText(Pos p) {
        return "@" + p.line() + ":" + p.col() + "-" + p.endLine() + ":" + p.endCol();
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt e -> node("Expr", e.pos(), e.value());
            case Stmt.Assign a -> node("Assign", a.pos(), a.targets(), a.value());
            case Stmt.AugAssign a -> node("AugAssign", a.pos(), a.target(), a.op(), a.value());
            case Stmt.AnnAssign a -> node("AnnAssign", a.pos(), a.target(), a.annotation(), a.value(), a.simple());
            case Stmt.If i -> node("If", i.pos(), i.test(), i.body(), i.orelse());
            case Stmt.While w -> node("While", w.pos(), w.test(), w.body(), w.orelse());
            case Stmt.For f -> node("For", f.pos(), f.target(), f.iter(), f.body(), f.orelse(), f.isAsync());
            case Stmt.Break b -> node("Break", b.pos());
            case Stmt.Continue c -> node("Continue", c.pos());
            case Stmt.Pass p -> node("Pass", p.pos());
            case Stmt.Return r -> node("Return", r.pos(), r.value());
            case Stmt.FunctionDef f -> node("FunctionDef", f.pos(), f.name(), f.args(), f.body(), f.decorators(),
                    f.returns(), f.isAsync());
            case Stmt.ClassDef c -> node("ClassDef", c.pos(), c.name(), c.bases(), c.keywords(), c.body(),
                    c.decorators());
            case Stmt.Global g -> node("Global", g.pos(), g.names());
            case Stmt.Nonlocal n -> node("Nonlocal", n.pos(), n.names());
            case Stmt.Try t -> node("Try", t.pos(), t.body(), t.handlers(), t.orelse(), t.finalbody(), t.star());
            case Stmt.Raise r -> node("Raise", r.pos(), r.exc(), r.cause());
            case Stmt.Assert a -> node("Assert", a.pos(), a.test(), a.msg());
            case Stmt.Delete d -> node("Delete", d.pos(), d.targets());
            case Stmt.With w -> node("With", w.pos(), w.items(), w.body(), w.isAsync());
            case Stmt.Import i -> node("Import", i.pos(), i.names());
            case Stmt.ImportFrom i -> node("ImportFrom", i.pos(), i.module(), i.names(), i.level());
        }
    }
}
