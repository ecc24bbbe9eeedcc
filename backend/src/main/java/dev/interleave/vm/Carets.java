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

    /**
     * An instruction spanning several lines (p[0] to p[2]) that CPython 3.13 shows without
     * markers, such as a {@code raise} statement continued on further lines: its lines dedented
     * together, the middle of more than three as {@code ...<N lines>...}. Returns false, having
     * written nothing, when the range is on one line or would be drawn with markers.
     */
    static boolean appendLines(StringBuilder sb, SourceFile source, int[] p) {
        if (p[1] < 0 || p[2] <= p[0]) {
            return false;
        }
        int n = p[2] - p[0] + 1;
        String[] lines = new String[n];
        int indent = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            lines[i] = source.line(p[0] + i);
            if (lines[i] == null) {
                return false;
            }
            if (!lines[i].isBlank()) {
                indent = Math.min(indent, lines[i].length() - lines[i].stripLeading().length());
            }
        }
        for (int i = 0; i < n; i++) {
            lines[i] = lines[i].isBlank() ? "" : lines[i].substring(indent);
        }
        int start = p[1] - indent;
        int end = p[3] - indent;
        if (start < 0 || start > lines[0].length() || end < 0 || end > lines[n - 1].length()) {
            return false;
        }
        java.util.TreeSet<Integer> significant = new java.util.TreeSet<>(java.util.List.of(0, n - 1));
        Expr call = fullStatementCall(String.join("\n", lines), n, start, end);
        if (call != null) {
            // the call's anchors: the line of its "(" and its last line, each with its neighbours
            int open = ((Expr.Call) call).func().pos().endLine() - 1;
            for (int i : new int[] {open - 1, open, open + 1, n - 2, n - 1}) {
                if (i >= 0 && i < n) {
                    significant.add(i);
                }
            }
        } else if (markersAcross(lines, start, end)) {
            return false;
        }
        int previous = -1;
        for (int i : significant) {
            if (previous >= 0 && i - previous == 2) {
                line(sb, lines[i - 1]);
            } else if (previous >= 0 && i - previous > 2) {
                sb.append("    ...<").append(i - previous - 1).append(" lines>...\n");
            }
            line(sb, lines[i]);
            previous = i;
        }
        return true;
    }

    private static void line(StringBuilder sb, String text) {
        sb.append("    ").append(text).append('\n');
    }

    /** Whether CPython would draw markers under a range spanning {@code lines} (dedented). */
    private static boolean markersAcross(String[] lines, int start, int end) {
        String joined = String.join("\n", lines);
        String segment = joined.substring(start, joined.length() - (lines[lines.length - 1].length() - end));
        try {
            Node.Module m = Parser.parseTree("(\n" + segment + "\n)");
            if (m.body().size() == 1 && m.body().get(0) instanceof Stmt.ExprStmt es
                    && (es.value() instanceof Expr.BinOp || es.value() instanceof Expr.Subscript
                    || es.value() instanceof Expr.Call)) {
                return true;
            }
        } catch (RuntimeException e) {
            // not an expression: no anchors
        }
        return !lines[0].substring(0, start).isBlank() || !lines[lines.length - 1].substring(end).isBlank();
    }

    /** The call of return f(...) or x = f(...) over several lines when the range is exactly it, else null. */
    private static Expr fullStatementCall(String joined, int n, int start, int end) {
        try {
            Node.Module m = Parser.parseTree(joined);
            if (m.body().isEmpty()) {
                return null;
            }
            Expr value = switch (m.body().get(0)) {
                case Stmt.Return r when r.value() instanceof Expr.Call c && c.func() instanceof Expr.Name -> c;
                case Stmt.Assign a when a.value() instanceof Expr.Call && a.targets().size() == 1
                        && a.targets().get(0) instanceof Expr.Name -> a.value();
                default -> null;
            };
            return value != null && value.pos().line() == 1 && value.pos().endLine() == n
                    && value.pos().col() == start && value.pos().endCol() == end ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
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
