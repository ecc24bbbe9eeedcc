package dev.interleave.lang;

/** CPython's rules for assignment and deletion targets and the names it uses for expressions. */
final class TargetRules {
    private TargetRules() {}

    enum Kind { STAR, DEL, FOR }

    /** CPython's _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.TupleExpr t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.DictExpr d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> constantName(c.value());
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    private static String constantName(Object v) {
        if (v == null) {
            return "None";
        }
        if (v == Boolean.TRUE) {
            return "True";
        }
        if (v == Boolean.FALSE) {
            return "False";
        }
        if (v == Expr.Ellipsis.INSTANCE) {
            return "ellipsis";
        }
        return "literal";
    }

    /** CPython's _PyPegen_get_invalid_target: the first part of {@code e} that cannot be a target. */
    static Expr invalidTarget(Expr e, Kind kind) {
        switch (e) {
            case Expr.ListExpr l -> {
                return firstInvalid(l.elts(), kind);
            }
            case Expr.TupleExpr t -> {
                return firstInvalid(t.elts(), kind);
            }
            case Expr.Starred s -> {
                return kind == Kind.DEL ? e : invalidTarget(s.value(), kind);
            }
            case Expr.Compare c -> {
                if (kind == Kind.FOR) {
                    return c.ops().get(0) == Operator.Cmp.IN ? invalidTarget(c.left(), kind) : null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    private static Expr firstInvalid(java.util.List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    static void checkAssignTarget(Expr e) {
        Expr bad = invalidTarget(e, Kind.STAR);
        if (bad != null) {
            throw ParserBase.error("cannot assign to " + exprName(bad), bad.pos());
        }
    }

    static void checkDelTarget(Expr e) {
        Expr bad = invalidTarget(e, Kind.DEL);
        if (bad != null) {
            throw ParserBase.error("cannot delete " + exprName(bad), bad.pos());
        }
    }

    /** A valid single target of an augmented or annotated assignment. */
    static boolean isSingleTarget(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }

    /** The leftmost atom of an expression (what CPython's lookaheads see first). */
    static Expr leftmost(Expr e) {
        while (true) {
            switch (e) {
                case Expr.BinOp b -> e = b.left();
                case Expr.Attribute a -> e = a.value();
                case Expr.Subscript s -> e = s.value();
                case Expr.Call c -> e = c.func();
                case Expr.Compare c -> e = c.left();
                default -> {
                    return e;
                }
            }
        }
    }
}
