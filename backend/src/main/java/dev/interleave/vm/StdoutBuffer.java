package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A process's sys.stdout buffer, as CPython's is when stdout is a pipe (block-buffered, 8 KiB),
 * but observable only where a fork makes it so. Until the process takes part in an os.fork, text
 * goes out as it is written (the views show each print when it happens) while this remembers
 * what CPython's buffer would still hold. An os.fork copies that unflushed text into the child,
 * as a real fork copies the buffer, and from then on both processes hold their output until a
 * flush point (flush(), a full buffer, a normal exit; never at os._exit or a kill), so that the
 * copy comes out twice exactly where CPython's does.
 */
final class StdoutBuffer {

    /**
     * CPython's TextIOWrapper chunk size: once the text it holds reaches 8 KiB (in UTF-8), it
     * writes all of it to the pipe (the BufferedWriter under it, 4 KiB for a pipe, passes such
     * a chunk straight through).
     */
    static final int SIZE = 8192;

    /**
     * Text that went out before the fork although CPython still held it: one copy of it is out
     * already, so the first process to flush it skips it and the others write it.
     */
    static final class Credit implements SharedAcrossProcesses {
        boolean used;
    }

    /** A piece of held text; {@code credit} is set for text already out once. */
    record Segment(String text, Credit credit) {}

    /** Whether output waits for a flush point (after an os.fork). */
    private boolean held;
    /** Not held: the text CPython's buffer would hold now (already out); lists, so a fork copies them. */
    private final List<String> shadow = new ArrayList<>();
    private int shadowBytes;
    /** Held: the text not yet out. */
    private final List<Segment> pending = new ArrayList<>();
    private int pendingBytes;

    /**
     * print or sys.stdout.write: {@code out} writes now, or later when held. CPython's print
     * writes each argument, separator and end on its own, and its buffer goes out when a write
     * makes it reach {@link #SIZE}; {@code cuts[0..n)} are where those writes end within {@code s}
     * (the last one ends with {@code s}).
     */
    void write(String s, int[] cuts, int n, Consumer<String> out) {
        if (!held) {
            out.accept(s);
            int keep = 0;
            int from = 0;
            for (int i = 0; i <= n; i++) {
                int to = i < n ? cuts[i] : s.length();
                if (to > from) {
                    shadowBytes += utf8Length(s, from, to);
                    if (shadowBytes >= SIZE) {
                        shadow.clear(); // CPython would have written all it held
                        shadowBytes = 0;
                        keep = to;
                    }
                    from = to;
                }
            }
            if (keep < s.length()) {
                shadow.add(keep == 0 ? s : s.substring(keep));
            }
            return;
        }
        int from = 0;
        for (int i = 0; i <= n; i++) {
            int to = i < n ? cuts[i] : s.length();
            if (to > from) {
                pending.add(new Segment(s.substring(from, to), null));
                pendingBytes += utf8Length(s, from, to);
                if (pendingBytes >= SIZE) {
                    flush(out);
                }
                from = to;
            }
        }
    }

    /** The length of {@code s} in UTF-8, what CPython's buffer counts. */
    private static int utf8Length(String s, int from, int to) {
        int n = to - from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return n;
    }

    /** A flush point: held text goes out through {@code out}. */
    void flush(Consumer<String> out) {
        shadow.clear();
        shadowBytes = 0;
        StringBuilder sb = new StringBuilder();
        for (Segment seg : pending) {
            if (seg.credit() != null && !seg.credit().used) {
                seg.credit().used = true;
                continue;
            }
            sb.append(seg.text());
        }
        pending.clear();
        pendingBytes = 0;
        if (!sb.isEmpty()) {
            out.accept(sb.toString());
        }
    }

    /** os._exit or a kill: what is held is lost. */
    void discard() {
        pending.clear();
        pendingBytes = 0;
        shadow.clear();
        shadowBytes = 0;
    }

    /**
     * os.fork is about to copy this process: the unflushed text becomes held (its one copy
     * already out as credit), and the process holds its output from now on. The fork's copy of
     * this object then holds the same.
     */
    void forking() {
        if (held) {
            return;
        }
        held = true;
        if (!shadow.isEmpty()) {
            pending.add(new Segment(String.join("", shadow), new Credit()));
            pendingBytes = shadowBytes;
            shadow.clear();
            shadowBytes = 0;
        }
    }

    boolean held() {
        return held;
    }
}
