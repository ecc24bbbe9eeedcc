package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import org.junit.jupiter.api.Test;

class DeadlockTest {

    private static final String TWO_LOCKS = """
            import threading, time
            a = threading.Lock()
            b = threading.Lock()
            def one():
                with a:
                    time.sleep(0.01)
                    with b:
                        pass
            def two():
                with b:
                    time.sleep(0.01)
                    with a:
                        pass
            t1 = threading.Thread(target=one, name="one")
            t2 = threading.Thread(target=two, name="two")
            t1.start(); t2.start()
            t1.join(); t2.join()
            print("never")
            """;

    @Test
    void twoThreadsTakingTwoLocksInOppositeOrderDeadlock() {
        CapturedRun r = CapturedRun.of(TWO_LOCKS, RunOptions.defaults().withKeepTrace(true));
        assertEquals(3, r.result().exitStatus());
        assertEquals(RunResult.Ending.DEADLOCK, r.result().ending());
        assertEquals("", r.stdout());
        assertEquals("""
                interleave: deadlock: every thread is blocked and nothing can wake them
                  MainThread (line 17) waits for the end of thread one
                  one (line 7) waits for Lock b, held by two
                  two (line 12) waits for Lock a, held by one
                  cycle: one -> two -> one
                """, r.stderr());
        long cycles = r.result().trace().events().stream().filter(e -> e.kind().equals("deadlock.cycle")).count();
        assertEquals(1, cycles, "the cycle is marked once, when it closes");
    }

    @Test
    void aCycleIsMarkedAsSoonAsItFormsWhileOtherThreadsRun() {
        String src = TWO_LOCKS.replace("print(\"never\")", "").replace("t1.join(); t2.join()", """
                n = 0
                for i in range(1000000):
                    n += 1
                print("main still runs", n)
                t1.join()""");
        CapturedRun r = CapturedRun.of(src, RunOptions.defaults().withKeepTrace(true));
        assertEquals(3, r.result().exitStatus());
        assertEquals("main still runs 1000000\n", r.stdout());
        Trace t = r.result().trace();
        long cycleAt = t.events().stream().filter(e -> e.kind().equals("deadlock.cycle")).findFirst().orElseThrow().seq();
        long printedAt = t.events().stream().filter(e -> e.kind().equals("stdout")).findFirst().orElseThrow().seq();
        assertTrue(cycleAt < printedAt, "cycle marked before main finished its loop");
    }

    @Test
    void theThreadThatFindsTheDeadlockDoesNotGoOn() {
        // the last thread to block (a worker: main already waits in join) finds the deadlock;
        // its acquire must not return as if it had the lock
        String src = """
                import threading, time
                fork = threading.Lock()
                knife = threading.Lock()
                def left_handed():
                    with fork:
                        print("left has the fork")
                        time.sleep(0.01)
                        with knife:
                            print("left eats")
                def right_handed():
                    with knife:
                        print("right has the knife")
                        time.sleep(0.01)
                        with fork:
                            print("right eats")
                a = threading.Thread(target=left_handed)
                b = threading.Thread(target=right_handed)
                a.start()
                b.start()
                a.join()
                b.join()
                """;
        for (int seed = 0; seed < 4; seed++) {
            StringBuffer out = new StringBuffer();
            RunResult r = new dev.interleave.engine.Engine().run("p.py", src, RunOptions.defaults().withSeed(seed),
                    new dev.interleave.engine.OutputSink() {
                        @Override
                        public void stdout(String text) {
                            out.append(text);
                        }

                        @Override
                        public void stderr(String text) {
                        }
                    });
            assertEquals(3, r.exitStatus());
            try {
                Thread.sleep(100); // a thread that went on would print by now
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertEquals("left has the fork\nright has the knife\n", out.toString(), "seed " + seed);
        }
    }

    @Test
    void aThreadWaitingForAnEventNobodySetsIsADeadlockWithoutACycle() {
        CapturedRun r = CapturedRun.of("""
                import threading
                e = threading.Event()
                e.wait()
                """);
        assertEquals(3, r.result().exitStatus());
        assertEquals("""
                interleave: deadlock: every thread is blocked and nothing can wake them
                  MainThread (line 3) waits for Event e
                """, r.stderr());
    }

    @Test
    void aTimeoutIsNotADeadlock() {
        CapturedRun r = CapturedRun.of("""
                import threading
                e = threading.Event()
                print(e.wait(0.5))
                """);
        assertEquals(0, r.result().exitStatus());
        assertEquals("False\n", r.stdout());
    }

    @Test
    void daemonThreadsBlockedForeverAreCutOffAtExit() {
        CapturedRun r = CapturedRun.of("""
                import threading
                e = threading.Event()
                t = threading.Thread(target=e.wait, daemon=True)
                t.start()
                print("bye")
                """, RunOptions.defaults().withKeepTrace(true));
        assertEquals(0, r.result().exitStatus(), r.stderr());
        assertEquals("bye\n", r.stdout());
        assertTrue(r.result().trace().events().stream().anyMatch(e -> e.kind().equals("thread.state")
                && "cut-off".equals(e.detail("state"))));
    }
}
