package dev.interleave.lang;

import java.util.Arrays;

/**
 * Source code as an array of code points, with line endings normalized to '\n' and a final
 * '\n' added when missing (as CPython's tokenizer does). Lines are 1-based, columns 0-based.
 */
public final class SourceText {
    private final int[] cps;
    private final int[] lineStarts;
    private final int lineCount;

    public SourceText(String source) {
        this.cps = normalize(source);
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < cps.length - 1; i++) {
            if (cps[i] == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = n;
    }

    private static int[] normalize(String source) {
        int[] raw = source.codePoints().toArray();
        int[] out = new int[raw.length + 1];
        int n = 0;
        for (int i = 0; i < raw.length; i++) {
            int c = raw[i];
            if (c == '\r') {
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    continue;
                }
                c = '\n';
            }
            out[n++] = c;
        }
        if (n == 0 || out[n - 1] != '\n') {
            out[n++] = '\n';
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Number of code points (including the final newline). */
    public int length() {
        return cps.length;
    }

    /** The code point at {@code i}, or -1 past the end. */
    public int at(int i) {
        return i >= 0 && i < cps.length ? cps[i] : -1;
    }

    public int lineCount() {
        return lineCount;
    }

    /** Start offset of a 1-based line (the end of the text for lines past the last). */
    public int lineStart(int line) {
        if (line < 1) {
            return 0;
        }
        return line <= lineCount ? lineStarts[line - 1] : cps.length;
    }

    /** The 1-based line holding offset {@code i}. */
    public int lineOf(int i) {
        int idx = Arrays.binarySearch(lineStarts, 0, lineCount, i);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    public int colOf(int i) {
        return i - lineStart(lineOf(i));
    }

    /** Text of code points [from, to). */
    public String slice(int from, int to) {
        return new String(cps, from, Math.max(0, to - from));
    }

    /** The text of a 1-based line without its newline. */
    public String lineText(int line) {
        if (line < 1 || line > lineCount) {
            return "";
        }
        int s = lineStart(line);
        int e = line < lineCount ? lineStart(line + 1) - 1 : cps.length - 1;
        return slice(s, e);
    }
}
