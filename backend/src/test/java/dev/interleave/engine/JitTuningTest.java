package dev.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CLI's JIT directives are accepted by HotSpot, and programs still run the same. */
class JitTuningTest {

    @Test
    void hotSpotAcceptsTheDirectiveAndProgramsStillRun() {
        assertTrue(JitTuning.preferQuickWarmup(), "HotSpot should accept the compiler directive");
        CapturedRun r = CapturedRun.of("t = 0\nfor i in range(200000):\n    t += i % 7\nprint(t)\n");
        assertEquals("599994\n", r.stdout());
    }
}
