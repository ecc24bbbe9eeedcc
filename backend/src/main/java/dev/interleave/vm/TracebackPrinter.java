package dev.interleave.vm;

import dev.interleave.lang.PySyntaxError;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Formats uncaught exceptions and syntax errors exactly as CPython 3.13 prints them. */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    public static String format(Interpreter in, PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        chain(in, exc, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void chain(Interpreter in, PyBaseException exc, StringBuilder sb, Map<Object, Boolean> seen) {
        seen.put(exc, true);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            chain(in, exc.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            chain(in, exc.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(in, exc, sb);
    }

    private static void single(Interpreter in, PyBaseException exc, StringBuilder sb) {
        List<PyBaseException.TracebackEntry> tb = new ArrayList<>(exc.traceback);
        java.util.Collections.reverse(tb);
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            appendEntries(tb, sb);
        }
        sb.append(lastLine(in, exc)).append('\n');
    }

    private static void appendEntries(List<PyBaseException.TracebackEntry> tb, StringBuilder sb) {
        String lastKey = null;
        int repeats = 0;
        for (PyBaseException.TracebackEntry e : tb) {
            PyCode code = e.code();
            int[] p = positions(code, e.instr());
            String key = code.source.name() + ":" + p[0] + ":" + e.name();
            if (key.equals(lastKey)) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                flushRepeats(sb, repeats);
                repeats = 0;
                lastKey = key;
            }
            sb.append("  File \"").append(code.source.name()).append("\", line ").append(p[0]).append(", in ")
                    .append(e.name()).append('\n');
            String line = code.source.line(p[0]);
            if (line != null && !line.isBlank()) {
                if (p[2] > p[0] && p[1] >= 0) {
                    appendLines(sb, code.source, p[0], p[2]);
                } else {
                    Carets.append(sb, line, p);
                }
            }
        }
        flushRepeats(sb, repeats);
    }

    /**
     * A statement over several lines, as CPython 3.13 shows it: the lines dedented together, the
     * first and the last, and between them the line itself or "...<N lines>..." for more. (No
     * carets: CPython draws none under the calls and raises that span lines in the library.)
     */
    private static void appendLines(StringBuilder sb, SourceFile source, int first, int last) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        int common = Integer.MAX_VALUE;
        for (int n = first; n <= last; n++) {
            String l = source.line(n);
            l = l == null ? "" : l;
            lines.add(l);
            if (!l.isBlank()) {
                common = Math.min(common, l.length() - l.stripLeading().length());
            }
        }
        int cut = common == Integer.MAX_VALUE ? 0 : common;
        int end = lines.size() - 1;
        sb.append("    ").append(lines.get(0).substring(cut)).append('\n');
        if (end == 2) {
            String mid = lines.get(1);
            sb.append(mid.isBlank() ? "" : "    " + mid.substring(cut)).append('\n');
        } else if (end > 2) {
            sb.append("    ...<").append(end - 1).append(" lines>...\n");
        }
        sb.append("    ").append(lines.get(end).substring(Math.min(cut, lines.get(end).length()))).append('\n');
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int n = repeats - 2;
            sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private static int[] positions(PyCode code, int instr) {
        if (instr < 0 || instr * 4 >= code.positions.length) {
            return new int[] {code.firstLine, -1, code.firstLine, -1};
        }
        return new int[] {code.positions[instr * 4], code.positions[instr * 4 + 1], code.positions[instr * 4 + 2],
            code.positions[instr * 4 + 3]};
    }

    /** "Type: message", with the module prefix and the "Did you mean" hints CPython adds. */
    static String lastLine(Interpreter in, PyBaseException exc) {
        PyType t = exc.type();
        String name = t.qualname();
        String mod = t.module();
        if (!mod.equals("builtins") && !mod.equals("__main__")) {
            name = mod + "." + name;
        }
        String msg;
        try {
            msg = Ops.str(in, exc);
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        String hint = Suggestions.hint(in, exc);
        if (hint != null) {
            msg = msg + hint;
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    /**
     * A syntax error as CPython's traceback module prints it: file and line, the source line
     * without its indentation, carets from offset to end offset, and the message.
     */
    public static String formatSyntaxError(String fileName, String source, PySyntaxError e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(fileName).append("\", line ").append(e.line()).append('\n');
        String text = sourceLine(source, e.line());
        if (text != null) {
            String rtext = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            int i = 0;
            while (i < rtext.length() && (rtext.charAt(i) == ' ' || rtext.charAt(i) == '\f')) {
                i++;
            }
            String ltext = rtext.substring(i);
            int spaces = i;
            int offset = e.col();
            int endOffset = e.line() == e.endLine() ? (e.endCol() != 0 ? e.endCol() : offset) : rtext.length() + 1;
            if (offset > text.length()) {
                offset = rtext.length() + 1;
            }
            if (endOffset > text.length()) {
                endOffset = rtext.length() + 1;
            }
            if (offset >= endOffset || endOffset < 0) {
                endOffset = offset + 1;
            }
            int colno = offset - 1 - spaces;
            int endColno = endOffset - 1 - spaces;
            sb.append("    ").append(ltext).append('\n');
            if (colno >= 0) {
                StringBuilder caret = new StringBuilder("    ");
                for (int k = 0; k < colno && k < ltext.length(); k++) {
                    char ch = ltext.charAt(k);
                    caret.append(Character.isWhitespace(ch) ? ch : ' ');
                }
                caret.append("^".repeat(Math.max(0, endColno - colno)));
                sb.append(caret).append('\n');
            }
        }
        sb.append(e.kind().name()).append(": ").append(e.msg()).append('\n');
        return sb.toString();
    }

    /** Line n (1-based) with its newline, as CPython keeps SyntaxError.text; null when out of range. */
    private static String sourceLine(String source, int n) {
        if (n < 1) {
            return null;
        }
        int start = 0;
        for (int line = 1; line < n; line++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (start > source.length()) {
            return null;
        }
        int nl = source.indexOf('\n', start);
        return nl < 0 ? (start == source.length() ? null : source.substring(start)) : source.substring(start, nl + 1);
    }
}
