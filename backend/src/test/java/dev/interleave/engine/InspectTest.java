package dev.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.machine.Decision;
import dev.interleave.machine.TraceEvent;
import dev.interleave.vm.FrameView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspector's snapshots: a run replayed to one event, every live thread's stack and variables. */
class InspectTest {

    private static final String PROGRAM = """
            import threading, time
            lock = threading.Lock()
            total = [0]
            class Box:
                def __repr__(self):
                    print("repr called")
                    return "Box!"
            def work(name, rounds):
                box = Box()
                for i in range(rounds):
                    with lock:
                        total[0] += i
                        time.sleep(0.001)
                return name
            ts = [threading.Thread(target=work, args=("w%d" % k, 3)) for k in range(2)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            print(total)
            """;

    private final Engine engine = new Engine();

    private RunResult record(RunOptions options) {
        return engine.run("main.py", PROGRAM, options.withKeepTrace(true), OutputSink.DISCARD);
    }

    @Test
    void aThreadBlockedOnTheLockShowsItsFramesAndLocals() {
        RunOptions options = RunOptions.defaults().withSeed(7);
        RunResult r = record(options);
        assertEquals(0, r.exitStatus());
        TraceEvent blocked = r.trace().events().stream()
                .filter(e -> e.kind().equals("thread.state") && "blocked".equals(e.detail("state"))
                        && "acquire".equals(e.detail("reason")))
                .findFirst().orElseThrow(() -> new AssertionError("no thread blocked on the lock"));
        Inspection snap = engine.inspect("main.py", PROGRAM, options, blocked.seq());
        assertNotNull(snap);
        assertEquals(blocked.seq(), snap.seq());
        assertEquals(blocked.time(), snap.t());
        Inspection.ThreadStack t = snap.threads().stream().filter(s -> s.id() == blocked.object()).findFirst()
                .orElseThrow();
        assertEquals("blocked", t.state());
        FrameView top = t.frames().getLast();
        assertEquals("work", top.function());
        assertEquals("main.py", top.file());
        assertEquals(11, top.line());
        assertFalse(top.library());
        assertTrue(top.locals().get("name").matches("'w[01]'"), top.locals().toString());
        assertEquals("3", top.locals().get("rounds"));
        assertEquals("<Box object>", top.locals().get("box"), "a program's __repr__ is never run");
        assertTrue(t.frames().getFirst().library(), "the thread's bootstrap frames come from threading.py");
        Inspection.ThreadStack main = snap.threads().stream().filter(s -> s.name().equals("MainThread"))
                .findFirst().orElseThrow();
        FrameView module = main.frames().getFirst();
        assertEquals("<module>", module.function());
        assertTrue(module.locals().containsKey("total"), module.locals().toString());
        assertEquals("<lock lock>", module.locals().get("lock"), "a lock shows its kind and its name");
        assertTrue(module.locals().get("total").matches("\\[\\d+\\]"), module.locals().toString());
        assertFalse(module.locals().containsKey("work"), "functions are not variables worth showing");
        assertFalse(module.locals().containsKey("threading"), "nor are modules");
    }

    @Test
    void replayingTheDecisionsOfAnotherPolicyReachesTheSameState() {
        RunOptions options = RunOptions.defaults().withPolicy("round-robin");
        RunResult r = record(options);
        List<Integer> picks = r.trace().decisions().stream().map(Decision::chosen).toList();
        long last = r.trace().count() - 1;
        TraceEvent end = r.trace().events().get((int) last);
        Inspection snap = engine.inspect("main.py", PROGRAM, RunOptions.defaults().withReplay(picks), last);
        assertNotNull(snap);
        assertEquals(end.time(), snap.t());
    }

    @Test
    void theFirstEventsOfARunCanBeInspectedToo() {
        for (long seq = 0; seq < 3; seq++) {
            Inspection snap = engine.inspect("main.py", PROGRAM, RunOptions.defaults(), seq);
            assertNotNull(snap, "event " + seq);
            assertEquals(seq, snap.seq());
            assertEquals("MainThread", snap.threads().getFirst().name());
        }
    }

    @Test
    void anEventPastTheEndGivesNothing() {
        RunOptions options = RunOptions.defaults();
        RunResult r = record(options);
        assertNull(engine.inspect("main.py", PROGRAM, options, r.trace().count() + 5));
        assertNull(engine.inspect("main.py", "def (:\n", options, 0));
    }
}
