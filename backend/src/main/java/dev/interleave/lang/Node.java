package dev.interleave.lang;

import java.util.List;

/** AST parts that are neither expressions nor statements. */
public final class Node {
    private Node() {}

    /** A whole file. */
    public record Module(List<Stmt> body) {}

    /**
     * Parameters of a def or lambda. {@code defaults} belong to the last positional parameters
     * (posonly then args); {@code kwDefaults} is parallel to {@code kwonly}, null where there is none.
     * vararg and kwarg may be null.
     */
    public record Arguments(List<Arg> posonly, List<Arg> args, Arg vararg, List<Arg> kwonly,
                            List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {

        public static Arguments empty() {
            return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        }
    }

    /** annotation may be null. */
    public record Arg(String name, Expr annotation, Pos pos) {}

    /** {@code name=value} in a call or class header; name null means {@code **value}. */
    public record Keyword(String name, Expr value, Pos pos) {}

    /** One {@code for target in iter if cond...} clause. */
    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}

    /** {@code except type as name:}; type and name may be null. pos covers the 'except' line. */
    public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) {}

    /** {@code contextExpr as optionalVars}; optionalVars may be null. */
    public record WithItem(Expr contextExpr, Expr optionalVars) {}

    /** {@code name as asname} in an import; name may be dotted; asname may be null. */
    public record Alias(String name, String asname, Pos pos) {}
}
