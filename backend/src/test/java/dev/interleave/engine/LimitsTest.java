package dev.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every limit stops a run with exit status 4 and a message that names it; the JVM goes on. */
class LimitsTest {

    private static RunOptions with(Limits l) {
        return RunOptions.defaults().withLimits(l);
    }

    @Test
    void endlessLoopHitsTheBytecodeLimit() {
        CapturedRun r = CapturedRun.of("while True:\n    pass\n",
                with(Limits.defaults().withMaxBytecodes(5_000_000)));
        assertEquals(4, r.result().exitStatus());
        assertEquals(RunResult.Ending.LIMIT, r.result().ending());
        assertTrue(r.stderr().contains("bytecode limit reached"), r.stderr());
    }

    @Test
    void endlessLoopHitsTheWallTimeLimit() {
        CapturedRun r = CapturedRun.of("n = 0\nwhile True:\n    n += 1\n",
                with(Limits.defaults().withMaxWallMillis(300)));
        assertEquals(4, r.result().exitStatus());
        assertTrue(r.stderr().contains("wall-time limit reached"), r.stderr());
    }

    @Test
    void oversizedSourceIsRefused() {
        String big = "x = 1\n".repeat(60_000);
        CapturedRun r = CapturedRun.of(big);
        assertEquals(4, r.result().exitStatus());
        assertTrue(r.stderr().contains("source-size limit reached"), r.stderr());
    }

    @Test
    void unboundedRecursionRaisesRecursionError() {
        CapturedRun r = CapturedRun.of("def f(n):\n    return f(n + 1)\n\nf(0)\n");
        assertEquals(1, r.result().exitStatus());
        assertTrue(r.stderr().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.stderr());
        assertTrue(r.stderr().contains("[Previous line repeated 996 more times]"), r.stderr());
    }

    @Test
    void endlessAllocationHitsTheHeapLimitAndTheJvmSurvives() {
        CapturedRun r = CapturedRun.of("keep = []\nwhile True:\n    keep.append([0] * 10000)\n",
                with(Limits.defaults().withMaxHeapBytes(64L << 20)));
        assertEquals(4, r.result().exitStatus());
        assertTrue(r.stderr().contains("heap limit reached"), r.stderr());
        CapturedRun after = CapturedRun.of("print(sum(range(10)))\n");
        assertEquals("45\n", after.stdout());
    }
}
