package dev.interleave.vm;

import dev.interleave.lang.Expr;
import dev.interleave.lang.Node;
import dev.interleave.lang.Parser;
import dev.interleave.lang.Stmt;

/**
 * The source line of a traceback entry and, where CPython 3.13 draws them, the markers under
 * the failing part: {@code ^} under the whole range, or {@code ~} and {@code ^} around the
 * operator of a binary operation, the brackets of a subscript or the parentheses of a call.
 */
final class Carets {
    private Carets() {}

    /** p: line, col, end line, end col (0-based columns; col -1 when unknown). */
    static void append(StringBuilder sb, String line, int[] p) {
        String dedented = line.stripLeading();
        int indent = line.length() - dedented.length();
        String shown = dedented.stripTrailing();
        sb.append("    ").append(shown).append('\n');
        if (p[1] < 0 || p[2] != p[0]) {
            return;
        }
        int start = Math.max(0, p[1] - indent);
        int end = Math.max(0, Math.min(p[3] - indent, dedented.length()));
        if (end <= start) {
            return;
        }
        String segment = dedented.substring(start, end);
        int[] anchor = anchors(segment);
        if (!show(dedented, start, end, anchor)) {
            return;
        }
        StringBuilder marks = new StringBuilder("    ").append(" ".repeat(start));
        for (int i = start; i < end; i++) {
            if (anchor == null) {
                marks.append('^');
            } else {
                int rel = i - start;
                marks.append(rel >= anchor[0] && rel < anchor[1] ? '^' : '~');
            }
        }
        sb.append(marks).append('\n');
    }

    private static boolean show(String dedented, int start, int end, int[] anchor) {
        if (fullLineCall(dedented, start, end)) {
            return false;
        }
        if (anchor != null) {
            return true;
        }
        return !dedented.substring(0, start).isBlank() || !dedented.substring(end).isBlank();
    }

    /** return f(...) and x = f(...) covering exactly the call: no markers. */
    private static boolean fullLineCall(String dedented, int start, int end) {
        try {
            Node.Module m = Parser.parseTree(dedented);
            if (m.body().isEmpty()) {
                return false;
            }
            Expr value = switch (m.body().get(0)) {
                case Stmt.Return r when r.value() instanceof Expr.Call c && c.func() instanceof Expr.Name -> c;
                case Stmt.Assign a when a.value() instanceof Expr.Call && a.targets().size() == 1
                        && a.targets().get(0) instanceof Expr.Name -> a.value();
                default -> null;
            };
            return value != null && value.pos().line() == 1 && value.pos().endLine() == 1
                    && value.pos().col() == start && value.pos().endCol() == end;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The [from, to) range within the segment drawn with ^, or null for no anchors. */
    private static int[] anchors(String segment) {
        Node.Module m;
        try {
            m = Parser.parseTree("(\n" + segment + "\n)");
        } catch (RuntimeException e) {
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt es)) {
            return null;
        }
        switch (es.value()) {
            case Expr.BinOp b -> {
                if (b.left().pos().endLine() != 2) {
                    return null;
                }
                int col = b.left().pos().endCol();
                while (col < segment.length() && (Character.isWhitespace(segment.charAt(col)) || segment.charAt(col) == ')')) {
                    col++;
                }
                int right = col + 1;
                if (right < segment.length() && right < b.right().pos().col() && !Character.isWhitespace(segment.charAt(right))
                        && segment.charAt(right) != '\\' && segment.charAt(right) != '#') {
                    right++;
                }
                return new int[] {col, right};
            }
            case Expr.Subscript s -> {
                return bracket(segment, s.value().pos(), s.pos(), '[');
            }
            case Expr.Call c -> {
                return bracket(segment, c.func().pos(), c.pos(), '(');
            }
            default -> {
                return null;
            }
        }
    }

    private static int[] bracket(String segment, dev.interleave.lang.Pos inner, dev.interleave.lang.Pos whole, char open) {
        if (inner.endLine() != 2 || whole.endLine() != 2) {
            return null;
        }
        int col = inner.endCol();
        while (col < segment.length() && segment.charAt(col) != open) {
            col++;
        }
        return new int[] {col, whole.endCol()};
    }
}
