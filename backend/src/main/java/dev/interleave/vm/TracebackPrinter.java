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
        chain(in, exc, sb, new IdentityHashMap<>(), true);
        return sb.toString();
    }

    /**
     * As CPython's C traceback printer writes an unraisable exception ("Exception ignored ..."):
     * the source lines without the markers under them.
     */
    public static String formatUnraisable(Interpreter in, PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        chain(in, exc, sb, new IdentityHashMap<>(), false);
        return sb.toString();
    }

    private static void chain(Interpreter in, PyBaseException exc, StringBuilder sb, Map<Object, Boolean> seen,
            boolean markers) {
        seen.put(exc, true);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            chain(in, exc.cause, sb, seen, markers);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            chain(in, exc.context, sb, seen, markers);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(in, exc, sb, markers);
    }

    private static void single(Interpreter in, PyBaseException exc, StringBuilder sb, boolean markers) {
        List<PyBaseException.TracebackEntry> tb = new ArrayList<>(exc.traceback);
        java.util.Collections.reverse(tb);
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            appendEntries(tb, sb, markers);
        }
        sb.append(lastLine(in, exc)).append('\n');
    }

    private static void appendEntries(List<PyBaseException.TracebackEntry> tb, StringBuilder sb, boolean markers) {
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
            if (line != null && !line.isBlank() && !markers) {
                sb.append("    ").append(line.strip()).append('\n');
            } else if (line != null && !line.isBlank() && !Carets.appendLines(sb, code.source, p)) {
                Carets.append(sb, line, p);
            }
        }
        flushRepeats(sb, repeats);
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
