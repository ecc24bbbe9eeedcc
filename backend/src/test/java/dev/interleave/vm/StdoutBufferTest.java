package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stdout buffer's rules: out at once until a fork, then held, the unflushed text twice. */
class StdoutBufferTest {

    private final List<String> out = new ArrayList<>();

    private static void write(StdoutBuffer b, String s, List<String> to) {
        b.write(s, new int[0], 0, to::add);
    }

    @Test
    void beforeAnyForkTextGoesOutAsWritten() {
        StdoutBuffer b = new StdoutBuffer();
        write(b, "a\n", out);
        write(b, "b\n", out);
        assertEquals(List.of("a\n", "b\n"), out);
    }

    @Test
    void theTextUnflushedAtAForkComesOutOnceMoreFromWhicheverFlushesSecond() {
        StdoutBuffer parent = new StdoutBuffer();
        write(parent, "before\n", out);
        parent.forking();
        StdoutBuffer child = new ObjectCopier().copy(parent);
        write(child, "child\n", out);
        write(parent, "parent\n", out);
        assertEquals(List.of("before\n"), out);
        child.flush(out::add);
        parent.flush(out::add);
        assertEquals(List.of("before\n", "child\n", "before\nparent\n"), out);
    }

    @Test
    void aFlushBeforeTheForkLeavesNothingToCopy() {
        StdoutBuffer parent = new StdoutBuffer();
        write(parent, "before\n", out);
        parent.flush(out::add);
        parent.forking();
        StdoutBuffer child = new ObjectCopier().copy(parent);
        write(child, "child\n", out);
        child.flush(out::add);
        parent.flush(out::add);
        assertEquals(List.of("before\n", "child\n"), out);
    }

    @Test
    void osExitLosesWhatIsHeld() {
        StdoutBuffer b = new StdoutBuffer();
        b.forking();
        write(b, "lost\n", out);
        b.discard();
        b.flush(out::add);
        assertEquals(List.of(), out);
    }

    @Test
    void heldTextGoesOutWhenAWriteMakesItReachTheChunkSize() {
        StdoutBuffer b = new StdoutBuffer();
        b.forking();
        String line = "x".repeat(99) + "\n";
        for (int i = 0; i < 81; i++) {
            write(b, line, out);
        }
        assertEquals(List.of(), out);
        write(b, line, out); // 8,200 bytes
        assertEquals(1, out.size());
        assertEquals(8200, out.get(0).length());
    }

    @Test
    void printsPiecesCountApartAndBytesAreUtf8() {
        StdoutBuffer b = new StdoutBuffer();
        b.forking();
        String text = "é".repeat(4096); // 8,192 bytes in UTF-8
        b.write(text + "\n", new int[] {text.length()}, 1, out::add);
        assertEquals(List.of(text), out); // the chunk ends before the newline, as CPython's does
        b.flush(out::add);
        assertEquals(List.of(text, "\n"), out);
    }
}
