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
        chain(in, exc, sb, new Context(true));
        return sb.toString();
    }

    /**
     * As CPython's C traceback printer writes an unraisable exception ("Exception ignored ..."):
     * the source lines without the markers under them.
     */
    public static String formatUnraisable(Interpreter in, PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        chain(in, exc, sb, new Context(false));
        return sb.toString();
    }

    /**
     * CPython's _ExceptionPrintContext: how deep in exception groups the printer is (each level
     * indents by two and draws a margin) and whether the last member still owes the closing line.
     */
    private static final class Context {
        final Map<Object, Boolean> seen = new IdentityHashMap<>();
        /** Whether source lines get their carets (the traceback module) or not (the C printer). */
        final boolean markers;
        int groupDepth;
        boolean needClose;

        Context(boolean markers) {
            this.markers = markers;
        }

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        /** Appends text, every line behind the indent and margin ('|', or '+' for a group's first line). */
        void emit(StringBuilder sb, String text, char margin) {
            if (groupDepth == 0) {
                sb.append(text);
                return;
            }
            String prefix = indent() + margin + " ";
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, start, end);
                start = end;
            }
        }
    }

    private static void chain(Interpreter in, PyBaseException exc, StringBuilder sb, Context ctx) {
        ctx.seen.put(exc, true);
        if (exc.cause != null && !ctx.seen.containsKey(exc.cause)) {
            chain(in, exc.cause, sb, ctx);
            ctx.emit(sb, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (exc.context != null && !exc.suppressContext && !ctx.seen.containsKey(exc.context)) {
            chain(in, exc.context, sb, ctx);
            ctx.emit(sb, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        if (ExceptionGroups.isGroup(exc)) {
            group(in, exc, sb, ctx);
        } else {
            single(in, exc, sb, ctx);
        }
    }

    private static String entries(PyBaseException exc, boolean markers) {
        List<PyBaseException.TracebackEntry> tb = new ArrayList<>(exc.traceback);
        java.util.Collections.reverse(tb);
        StringBuilder out = new StringBuilder();
        appendEntries(tb, out, markers);
        return out.toString();
    }

    private static void single(Interpreter in, PyBaseException exc, StringBuilder sb, Context ctx) {
        if (!exc.traceback.isEmpty()) {
            ctx.emit(sb, "Traceback (most recent call last):\n", '|');
            ctx.emit(sb, entries(exc, ctx.markers), '|');
        }
        ctx.emit(sb, lastLine(in, exc) + "\n", '|');
    }

    /** An exception group as traceback.TracebackException.format draws it (at most 15 members shown). */
    private static void group(Interpreter in, PyBaseException exc, StringBuilder sb, Context ctx) {
        boolean top = ctx.groupDepth == 0;
        if (top) {
            ctx.groupDepth++;
        }
        if (!exc.traceback.isEmpty()) {
            ctx.emit(sb, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            ctx.emit(sb, entries(exc, ctx.markers), '|');
        }
        ctx.emit(sb, lastLine(in, exc) + "\n", '|');
        List<PyBaseException> members = ExceptionGroups.members(in, exc);
        int n = Math.min(members.size(), 16);
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true;
            }
            boolean truncated = i >= 15;
            String title = truncated ? "..." : Integer.toString(i + 1);
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            ctx.groupDepth++;
            if (!truncated) {
                chain(in, members.get(i), sb, ctx);
            } else {
                int rest = members.size() - 15;
                ctx.emit(sb, "and " + rest + " more exception" + (rest > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (top) {
            ctx.groupDepth = 0;
        }
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
