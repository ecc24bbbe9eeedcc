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

    /** CPython's buffer size for a pipe (io.DEFAULT_BUFFER_SIZE). */
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
    private int shadowChars;
    /** Held: the text not yet out. */
    private final List<Segment> pending = new ArrayList<>();
    private int pendingChars;

    /** print or sys.stdout.write: {@code out} writes now, or later when held. */
    void write(String s, Consumer<String> out) {
        if (!held) {
            out.accept(s);
            if (shadowChars + s.length() > SIZE) {
                shadow.clear();
                shadowChars = 0;
            }
            if (s.length() <= SIZE) {
                shadow.add(s);
                shadowChars += s.length();
            }
            return;
        }
        if (pendingChars + s.length() > SIZE) {
            flush(out);
        }
        pending.add(new Segment(s, null));
        pendingChars += s.length();
    }

    /** A flush point: held text goes out through {@code out}. */
    void flush(Consumer<String> out) {
        shadow.clear();
        shadowChars = 0;
        StringBuilder sb = new StringBuilder();
        for (Segment seg : pending) {
            if (seg.credit() != null && !seg.credit().used) {
                seg.credit().used = true;
                continue;
            }
            sb.append(seg.text());
        }
        pending.clear();
        pendingChars = 0;
        if (!sb.isEmpty()) {
            out.accept(sb.toString());
        }
    }

    /** os._exit or a kill: what is held is lost. */
    void discard() {
        pending.clear();
        pendingChars = 0;
        shadow.clear();
        shadowChars = 0;
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
            pendingChars = shadowChars;
            shadow.clear();
            shadowChars = 0;
        }
    }

    boolean held() {
        return held;
    }
}
