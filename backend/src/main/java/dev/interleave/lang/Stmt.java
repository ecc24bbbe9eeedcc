package dev.interleave.lang;

import java.util.List;

/** Statement nodes, mirroring CPython's ast module. Lists are never null (empty instead). */
public sealed interface Stmt {

    Pos pos();

    record ExprStmt(Expr value, Pos pos) implements Stmt {}

    /** {@code t1 = t2 = value}: targets in source order. */
    record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {}

    record AugAssign(Expr target, Operator.Bin op, Expr value, Pos pos) implements Stmt {}

    /** {@code target: annotation [= value]}; value may be null. simple: the target is a bare name. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, Pos pos)
            implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    /** value may be null. */
    record Return(Expr value, Pos pos) implements Stmt {}

    /** returns (the annotation) may be null. pos covers the whole definition, from 'def' to the end of the body. */
    record FunctionDef(String name, Node.Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                       boolean isAsync, Pos pos) implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Node.Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators, Pos pos) implements Stmt {}

    record Global(List<String> names, Pos pos) implements Stmt {}

    record Nonlocal(List<String> names, Pos pos) implements Stmt {}

    /** star: {@code except*}. */
    record Try(List<Stmt> body, List<Node.ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               boolean star, Pos pos) implements Stmt {}

    /** {@code raise}, {@code raise exc}, {@code raise exc from cause}; exc and cause may be null. */
    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {}

    /** msg may be null. */
    record Assert(Expr test, Expr msg, Pos pos) implements Stmt {}

    record Delete(List<Expr> targets, Pos pos) implements Stmt {}

    record With(List<Node.WithItem> items, List<Stmt> body, boolean isAsync, Pos pos) implements Stmt {}

    record Import(List<Node.Alias> names, Pos pos) implements Stmt {}

    /** module is null for {@code from . import x}; level counts the leading dots. */
    record ImportFrom(String module, List<Node.Alias> names, int level, Pos pos) implements Stmt {}
}
