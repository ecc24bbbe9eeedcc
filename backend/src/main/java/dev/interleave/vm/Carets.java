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
     * An instruction spanning several lines (p[0] to p[2]), as CPython 3.13 shows it: its lines
     * dedented together, only the first, the last and those around the anchors (the middle of
     * more than three as {@code ...<N lines>...}), each with its markers where CPython draws
     * them ({@code ~} and {@code ^} around a call's parentheses or a subscript's brackets, else
     * {@code ^}; none for a statement that is exactly one call, {@code return f(...)} or
     * {@code x = f(...)}). Returns false, having written nothing, when the range is on one line
     * or is a binary operation spread over lines (then only its first line is shown).
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
        String joined = String.join("\n", lines);
        String segment = joined.substring(start, joined.length() - (lines[n - 1].length() - end));
        Expr expr = segmentExpr(segment);
        if (expr instanceof Expr.BinOp) {
            return false;
        }
        int[] anchor = multiLineAnchors(segment, expr);
        boolean markers = fullStatementCall(joined, n, start, end) == null && (anchor != null
                || !lines[0].substring(0, start).isBlank() || !lines[n - 1].substring(end).isBlank());
        java.util.TreeSet<Integer> significant = new java.util.TreeSet<>(java.util.List.of(0, n - 1));
        if (anchor != null) {
            for (int i : new int[] {anchor[0] - 1, anchor[0], anchor[0] + 1, anchor[2] - 1, anchor[2], anchor[2] + 1}) {
                if (i >= 0 && i < n) {
                    significant.add(i);
                }
            }
            // columns on the segment's first line count from the segment's start
            anchor[1] += anchor[0] == 0 ? start : 0;
            anchor[3] += anchor[2] == 0 ? start : 0;
        }
        int previous = -1;
        for (int i : significant) {
            if (previous >= 0 && i - previous == 2) {
                lineWithMarkers(sb, lines, i - 1, start, end, markers ? anchor : null, markers);
            } else if (previous >= 0 && i - previous > 2) {
                sb.append("    ...<").append(i - previous - 1).append(" lines>...\n");
            }
            lineWithMarkers(sb, lines, i, start, end, markers ? anchor : null, markers);
            previous = i;
        }
        return true;
    }

    /** Line {@code i} of a multi-line range and, with {@code markers}, its markers (traceback.py's output_line). */
    private static void lineWithMarkers(StringBuilder sb, String[] lines, int i, int start, int end, int[] anchor,
            boolean markers) {
        line(sb, lines[i]);
        if (!markers) {
            return;
        }
        String text = lines[i];
        int spaces = text.length() - text.stripLeading().length();
        int count = i == lines.length - 1 ? end : text.length();
        StringBuilder marks = new StringBuilder("    ");
        for (int col = 0; col < count; col++) {
            if (col < spaces || i == 0 && col < start) {
                marks.append(' ');
            } else if (anchor != null && (i > anchor[0] || i == anchor[0] && col >= anchor[1])
                    && (i < anchor[2] || i == anchor[2] && col < anchor[3])) {
                marks.append('^');
            } else {
                marks.append(anchor != null ? '~' : '^');
            }
        }
        sb.append(marks).append('\n');
    }

    /** The expression a multi-line segment is, or null when it is not one. */
    private static Expr segmentExpr(String segment) {
        try {
            Node.Module m = Parser.parseTree("(\n" + segment + "\n)");
            return m.body().size() == 1 && m.body().get(0) instanceof Stmt.ExprStmt es ? es.value() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A multi-line call's parentheses or subscript's brackets: {line, col, end line, end col},
     * lines counted within the segment, columns within their line (the first line's from the
     * segment's start); null for other expressions.
     */
    private static int[] multiLineAnchors(String segment, Expr expr) {
        dev.interleave.lang.Pos inner;
        char open;
        if (expr instanceof Expr.Call c) {
            inner = c.func().pos();
            open = '(';
        } else if (expr instanceof Expr.Subscript sub) {
            inner = sub.value().pos();
            open = '[';
        } else {
            return null;
        }
        String[] segLines = segment.split("\n", -1);
        int line = inner.endLine() - 2;
        int col = inner.endCol();
        while (line < segLines.length && (col >= segLines[line].length() || segLines[line].charAt(col) != open)) {
            col++;
            if (col >= segLines[line].length()) {
                line++;
                col = 0;
                while (line < segLines.length && segLines[line].isEmpty()) {
                    line++;
                }
            }
        }
        if (line >= segLines.length) {
            return null;
        }
        return new int[] {line, col, expr.pos().endLine() - 2, expr.pos().endCol()};
    }

    private static void line(StringBuilder sb, String text) {
        sb.append("    ").append(text).append('\n');
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
