package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.machine.Decision;
import dev.interleave.machine.Trace;
import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A ProcessPoolExecutor in the trace (docs/trace.md): a pool of flavour "process" whose workers
 * are processes forked (or spawned) by the pool, which worker process takes which call, the
 * futures' states set by the executor's manager thread, a broken pool; and the same trace for the
 * same seed, and again from the recorded decisions.
 */
class ProcessPoolTraceTest {

    private static final String SQUARES = """
            from concurrent.futures import ProcessPoolExecutor
            import time
            def square(n):
                time.sleep(0.01)
                return n * n
            if __name__ == '__main__':
                with ProcessPoolExecutor(max_workers=2) as ex:
                    fs = [ex.submit(square, n) for n in range(5)]
                    print([f.result() for f in fs])
            """;

    private static CapturedRun traced(String source, RunOptions opts) {
        return CapturedRun.of("main.py", source, opts.withKeepTrace(true));
    }

    private static Object fact(TraceEntity e, String name) {
        for (int i = 0; i + 1 < e.facts().length; i += 2) {
            if (e.facts()[i].equals(name)) {
                return e.facts()[i + 1];
            }
        }
        return null;
    }

    private static TraceEntity pool(Trace t) {
        return t.entities().stream().filter(e -> e.kind().equals("pool")).findFirst()
                .orElseThrow(() -> new AssertionError("no pool in " + t.entities()));
    }

    private static List<TraceEvent> events(Trace t, int object, String kind) {
        return t.events().stream().filter(e -> e.object() == object && e.kind().equals(kind)).toList();
    }

    @Test
    void theWorkersAreForkedProcessesAndEachCallIsTakenByOne() {
        CapturedRun r = traced(SQUARES, RunOptions.defaults());
        assertEquals("[0, 1, 4, 9, 16]\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = pool(t);
        assertEquals("ProcessPoolExecutor-0", pool.name());
        assertEquals("process", fact(pool, "flavour"));
        assertEquals(2L, fact(pool, "maxWorkers"));
        TraceEntity callQueue = t.entities().get((Integer) fact(pool, "queue"));
        assertEquals("queue", callQueue.kind());
        assertEquals("mp", fact(callQueue, "flavour"));

        // with fork, the pool starts all its workers at the first submit, before its manager thread
        List<TraceEvent> workers = events(t, pool.id(), "pool.worker");
        assertEquals(2, workers.size());
        Set<Integer> workerThreads = new HashSet<>();
        for (int i = 0; i < workers.size(); i++) {
            TraceEvent w = workers.get(i);
            TraceEntity process = t.entities().get((Integer) w.detail("process"));
            TraceEntity thread = t.entities().get((Integer) w.detail("thread"));
            assertEquals("process", process.kind());
            assertEquals("ForkProcess-" + (i + 1), process.name());
            assertEquals("fork", fact(process, "start"));
            assertEquals(process.id(), thread.process(), "the worker's thread is its process's main thread");
            assertEquals(i + 1, w.detail("workers"));
            workerThreads.add(thread.id());
        }

        List<TraceEvent> submits = events(t, pool.id(), "pool.submit");
        List<TraceEvent> takes = events(t, pool.id(), "pool.take");
        List<TraceEvent> dones = events(t, pool.id(), "pool.done");
        assertEquals(List.of("square(0)", "square(1)", "square(2)", "square(3)", "square(4)"),
                submits.stream().map(e -> e.detail("call")).toList());
        assertEquals(5, takes.size());
        Set<Object> taken = new HashSet<>();
        for (TraceEvent take : takes) {
            assertTrue(workerThreads.contains(take.actor()), "a worker process takes the call: " + take);
            assertEquals(false, take.detail("cancelled"));
            taken.add(take.detail("future"));
        }
        assertEquals(submits.stream().map(e -> e.detail("future")).collect(java.util.stream.Collectors.toSet()),
                taken, "every submitted future is taken once");
        assertEquals(Set.of(0, 1, 4, 9, 16).stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()),
                dones.stream().map(e -> (String) e.detail("value")).collect(java.util.stream.Collectors.toSet()));

        // the manager thread (a thread of the program's process) moves calls and results
        int manager = dones.get(0).actor();
        TraceEntity managerThread = t.entities().get(manager);
        assertEquals("thread", managerThread.kind());
        assertEquals(0, managerThread.process());
        for (TraceEvent done : dones) {
            assertEquals(manager, done.actor());
            List<TraceEvent> states = events(t, (Integer) done.detail("future"), "future.state");
            assertEquals(List.of("pending", "running", "finished"), states.stream().map(e -> e.detail("state")).toList());
            TraceEvent take = takes.stream().filter(e -> e.detail("future").equals(done.detail("future")))
                    .findFirst().orElseThrow();
            assertTrue(states.get(1).seq() < take.seq() && take.seq() < states.get(2).seq(),
                    "running (in the call queue), taken by a worker, then finished");
        }
        assertEquals(1, events(t, pool.id(), "pool.shutdown").size());
    }

    @Test
    void aSpawnPoolStartsItsWorkersOnDemand() {
        CapturedRun r = traced("""
                import multiprocessing as mp
                from concurrent.futures import ProcessPoolExecutor
                def double(n):
                    return 2 * n
                if __name__ == '__main__':
                    with ProcessPoolExecutor(max_workers=3, mp_context=mp.get_context('spawn')) as ex:
                        print(ex.submit(double, 21).result())
                """, RunOptions.defaults());
        assertEquals("42\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = pool(t);
        List<TraceEvent> workers = events(t, pool.id(), "pool.worker");
        assertEquals(1, workers.size(), "one call, one worker: spawned workers start as calls come");
        TraceEntity process = t.entities().get((Integer) workers.get(0).detail("process"));
        assertEquals("SpawnProcess-1", process.name());
        assertEquals("spawn", fact(process, "start"));
        assertEquals(workers.get(0).detail("thread"), events(t, pool.id(), "pool.take").get(0).actor());
    }

    @Test
    void aWorkerKilledInACallBreaksThePool() {
        CapturedRun r = traced("""
                from concurrent.futures import ProcessPoolExecutor
                import os
                def die():
                    os._exit(7)
                if __name__ == '__main__':
                    ex = ProcessPoolExecutor(max_workers=1)
                    print(type(ex.submit(die).exception()).__name__)
                    ex.shutdown()
                """, RunOptions.defaults());
        assertEquals("BrokenProcessPool\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = pool(t);
        List<TraceEvent> broken = events(t, pool.id(), "pool.broken");
        assertEquals(1, broken.size());
        assertEquals("A child process terminated abruptly, the process pool is not usable anymore",
                broken.get(0).detail("message"));
        int worker = (Integer) events(t, pool.id(), "pool.worker").get(0).detail("process");
        TraceEvent exit = events(t, worker, "process.exit").get(0);
        assertEquals(7, exit.detail("code"));
        assertTrue(exit.seq() < broken.get(0).seq(), "the pool breaks after its worker died");
        List<TraceEvent> dones = events(t, pool.id(), "pool.done");
        assertEquals("exception", dones.get(0).detail("outcome"));
        assertTrue(((String) dones.get(0).detail("value")).startsWith("BrokenProcessPool("));
    }

    /** Four workers spinning on two cores beside the program's own threads: the scheduler decides. */
    private static final String CROWDED = """
            from concurrent.futures import ProcessPoolExecutor, as_completed
            def spin(n):
                total = 0
                for i in range(2000 * n):
                    total += i
                return n
            if __name__ == '__main__':
                with ProcessPoolExecutor(max_workers=4) as ex:
                    print(sorted(f.result() for f in as_completed([ex.submit(spin, n) for n in range(8)])))
            """;

    @Test
    void theSameSeedGivesTheSameTraceAndTheDecisionsReplayIt() {
        RunOptions opts = RunOptions.defaults().withSeed(11).withCores(2);
        RunResult first = traced(CROWDED, opts).result();
        assertEquals(0, first.exitStatus());
        RunResult again = traced(CROWDED, opts).result();
        assertEquals(text(first.trace()), text(again.trace()));
        List<Integer> chosen = new ArrayList<>();
        for (Decision d : first.trace().decisions()) {
            chosen.add(d.chosen());
        }
        assertFalse(chosen.isEmpty(), "the run made decisions");
        RunResult replayed = traced(CROWDED, opts.withReplay(chosen)).result();
        assertEquals(text(first.trace()), text(replayed.trace()));
        RunResult otherSeed = traced(CROWDED, opts.withSeed(12)).result();
        assertNotEquals(text(first.trace()), text(otherSeed.trace()), "the seed matters");
    }

    private static String text(Trace t) {
        StringBuilder sb = new StringBuilder();
        for (TraceEvent e : t.events()) {
            sb.append(e.time()).append(' ').append(e.kind()).append(' ').append(e.actor()).append(' ')
                    .append(e.object()).append(' ').append(java.util.Arrays.deepToString(e.details())).append('\n');
        }
        return sb.toString();
    }
}
