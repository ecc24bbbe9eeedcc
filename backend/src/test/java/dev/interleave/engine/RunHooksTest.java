package dev.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.machine.SchedulePolicy;
import dev.interleave.machine.SimThread;
import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A live view's hooks: streamed entities and events, its own decisions, cancel. */
class RunHooksTest {

    private static final String PROGRAM = """
            import threading
            def spin():
                n = 0
                for i in range(200000):
                    n += i
            ts = [threading.Thread(target=spin) for _ in range(3)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            print("done")
            """;

    private static RunResult run(String source, RunOptions options, RunHooks hooks, StringBuilder out) {
        return new Engine().run("p.py", source, options, new OutputSink() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                out.append(text);
            }
        }, hooks);
    }

    @Test
    void listenersHearWhatTheTraceKeeps() {
        List<TraceEntity> entities = new ArrayList<>();
        List<TraceEvent> events = new ArrayList<>();
        RunResult r = run(PROGRAM, RunOptions.defaults().withKeepTrace(true),
                new RunHooks(entities::add, events::add, null, null), new StringBuilder());
        assertEquals(0, r.exitStatus());
        assertEquals(r.trace().entities(), entities);
        assertEquals(r.trace().events(), events);
    }

    @Test
    void aPolicyInTheHooksMakesTheDecisions() {
        AtomicInteger asked = new AtomicInteger();
        SchedulePolicy last = new SchedulePolicy() {
            @Override
            public int choose(Kind kind, List<SimThread> options) {
                asked.incrementAndGet();
                return options.size() - 1;
            }

            @Override
            public String name() {
                return "last";
            }
        };
        RunResult r = run(PROGRAM, RunOptions.defaults().withKeepTrace(true), new RunHooks(null, null, last, null),
                new StringBuilder());
        assertEquals(0, r.exitStatus());
        assertTrue(asked.get() > 0);
        assertEquals(asked.get(), r.trace().decisions().size());
        r.trace().decisions().forEach(d -> assertEquals(d.options().get(d.options().size() - 1), d.chosen()));
    }

    @Test
    void cancellingStopsTheRun() {
        AtomicInteger polls = new AtomicInteger();
        StringBuilder out = new StringBuilder();
        RunResult r = run("while True:\n    pass\n", RunOptions.defaults(),
                new RunHooks(null, null, null, () -> polls.incrementAndGet() > 10), out);
        assertEquals(RunResult.Ending.CANCELLED, r.ending());
        assertEquals(4, r.exitStatus());
        RunResult threaded = run(PROGRAM.replace("200000", "100000000"), RunOptions.defaults(),
                new RunHooks(null, null, null, () -> polls.incrementAndGet() > 40), out);
        assertEquals(RunResult.Ending.CANCELLED, threaded.ending());
    }
}
