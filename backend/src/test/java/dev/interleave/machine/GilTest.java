package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunSummary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GIL's effect on virtual time, as the issue asks it to show. */
class GilTest {

    private static final String ONE_CPU = """
            def spin():
                n = 0
                for i in range(300000):
                    n += i
            spin()
            """;

    private static final String TWO_CPU = """
            import threading
            def spin():
                n = 0
                for i in range(300000):
                    n += i
            ts = [threading.Thread(target=spin) for _ in range(2)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            """;

    private static long virtualNanos(String source, RunOptions options) {
        CapturedRun r = CapturedRun.of(source, options.withKeepTrace(true));
        assertEquals(0, r.result().exitStatus(), r.stderr());
        return r.result().summary().virtualNanos();
    }

    @Test
    void twoCpuBoundThreadsTakeTwiceAsLongAsOneWithTheGil() {
        long one = virtualNanos(ONE_CPU, RunOptions.defaults());
        long two = virtualNanos(TWO_CPU, RunOptions.defaults());
        double ratio = (double) two / one;
        assertTrue(ratio > 1.8 && ratio < 2.3, "two threads / one thread = " + ratio);
    }

    @Test
    void theGilChangesHandsAboutEveryFiveMilliseconds() {
        CapturedRun r = CapturedRun.of(TWO_CPU.replace("300000", "1000000"), RunOptions.defaults().withKeepTrace(true));
        Trace trace = r.result().trace();
        // the steady state: once the main thread waits in join, and until the first worker
        // ends, the two workers alone pass the GIL between them
        long mainLast = Long.MAX_VALUE;
        long firstDone = Long.MAX_VALUE;
        for (TraceEvent e : trace.events()) {
            if (e.kind().equals("thread.state") && e.actor() == 1 && "join".equals(e.detail("reason"))) {
                mainLast = Math.min(mainLast, e.time());
            }
            if (e.kind().equals("thread.state") && "done".equals(e.detail("state")) && e.actor() != 1) {
                firstDone = Math.min(firstDone, e.time());
            }
        }
        List<Long> takes = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e.kind().equals("gil.take") && e.time() > mainLast && e.time() < firstDone) {
                takes.add(e.time());
            }
        }
        assertTrue(takes.size() >= 4, "hand-overs in the steady state: " + takes);
        for (int i = 0; i + 1 < takes.size(); i++) {
            long gap = takes.get(i + 1) - takes.get(i);
            assertTrue(gap > 4_800_000 && gap < 5_300_000, "GIL held for " + gap + " ns: " + takes);
        }
    }

    @Test
    void withoutTheGilTwoCoresRunTwoThreadsInTheTimeOfOne() {
        RunOptions noGil = RunOptions.defaults().withGil(false).withCores(2);
        long one = virtualNanos(ONE_CPU, noGil);
        long two = virtualNanos(TWO_CPU, noGil);
        double ratio = (double) two / one;
        assertTrue(ratio < 1.2, "two threads / one thread without the GIL = " + ratio);
        RunSummary s = CapturedRun.of(TWO_CPU, noGil.withKeepTrace(true)).result().summary();
        assertTrue(s.coreBusyNanos()[0] > 0 && s.coreBusyNanos()[1] > 0, "both cores worked");
    }

    @Test
    void ioBoundThreadsOverlapTheirSleepsWithOrWithoutTheGil() {
        String io = """
                import threading, time
                def nap():
                    time.sleep(0.1)
                ts = [threading.Thread(target=nap) for _ in range(2)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                """;
        for (RunOptions o : List.of(RunOptions.defaults(), RunOptions.defaults().withGil(false))) {
            long t = virtualNanos(io, o);
            assertTrue(t >= 100_000_000L && t < 110_000_000L, "two 0.1 s sleeps took " + t + " ns");
        }
    }

    @Test
    void oneCoreTimeSlicesThreadsWithoutTheGil() {
        RunOptions oneCore = RunOptions.defaults().withGil(false).withCores(1);
        long one = virtualNanos(ONE_CPU, oneCore);
        long two = virtualNanos(TWO_CPU, oneCore);
        double ratio = (double) two / one;
        assertTrue(ratio > 1.8 && ratio < 2.3, "one core, two threads / one thread = " + ratio);
    }
}
