package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.engine.TraceText;
import dev.interleave.machine.Decision;
import dev.interleave.machine.Trace;
import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import dev.interleave.machine.TraceJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * concurrent.futures in the trace (docs/trace.md): the pool entity, which worker runs which call,
 * the futures' states, cancellation, shutdown and a broken pool; the default pool size from the
 * simulated cores; and determinism of the futures corpus.
 */
class FuturesTraceTest {

    private static final Path CORPUS = Path.of("src/test/resources/conformance/futures");

    private static CapturedRun traced(String source) {
        return CapturedRun.of("main.py", source, RunOptions.defaults().withKeepTrace(true));
    }

    private static TraceEntity entity(Trace t, String kind, String name) {
        return t.entities().stream().filter(e -> e.kind().equals(kind) && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + t.entities()));
    }

    private static Object fact(TraceEntity e, String name) {
        for (int i = 0; i + 1 < e.facts().length; i += 2) {
            if (e.facts()[i].equals(name)) {
                return e.facts()[i + 1];
            }
        }
        return null;
    }

    private static List<TraceEvent> on(Trace t, int object, String prefix) {
        return t.events().stream().filter(e -> e.object() == object && e.kind().startsWith(prefix)).toList();
    }

    private static List<String> kinds(List<TraceEvent> events) {
        return events.stream().map(TraceEvent::kind).toList();
    }

    @Test
    void aPoolNamesItsWorkersAndEveryCallTheyRun() {
        CapturedRun r = traced("""
                from concurrent.futures import ThreadPoolExecutor
                import threading
                gate = threading.Event()
                def square(n):
                    gate.wait()
                    return n * n
                def fail(text):
                    raise ValueError(text)
                with ThreadPoolExecutor(max_workers=2) as pool:
                    ok = pool.submit(square, 7)
                    bad = pool.submit(fail, "bad")
                    print(repr(bad.exception()))
                    gate.set()
                    print(ok.result())
                """);
        assertEquals("ValueError('bad')\n49\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = entity(t, "pool", "ThreadPoolExecutor-0");
        assertEquals(9, pool.line());
        assertEquals("thread", fact(pool, "flavour"));
        assertEquals(2L, fact(pool, "maxWorkers"));
        int queue = (Integer) fact(pool, "queue");
        assertEquals("queue", t.entities().get(queue).kind());

        List<TraceEvent> poolEvents = on(t, pool.id(), "pool.");
        assertEquals(List.of("pool.submit", "pool.take", "pool.worker", "pool.submit", "pool.take", "pool.worker",
                "pool.done", "pool.done", "pool.shutdown").stream().sorted().toList(),
                kinds(poolEvents).stream().sorted().toList());
        List<TraceEvent> submits = poolEvents.stream().filter(e -> e.kind().equals("pool.submit")).toList();
        assertEquals(List.of("square(7)", "fail('bad')"), submits.stream().map(e -> e.detail("call")).toList());
        List<TraceEvent> workers = poolEvents.stream().filter(e -> e.kind().equals("pool.worker")).toList();
        assertEquals(List.of("ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1"),
                workers.stream().map(e -> t.entities().get((Integer) e.detail("thread")).name()).toList());
        for (TraceEvent take : poolEvents.stream().filter(e -> e.kind().equals("pool.take")).toList()) {
            assertTrue(t.entities().get(take.actor()).name().startsWith("ThreadPoolExecutor-0_"), take.toString());
            assertEquals(false, take.detail("cancelled"));
        }
        List<TraceEvent> dones = poolEvents.stream().filter(e -> e.kind().equals("pool.done")).toList();
        assertEquals(List.of("exception:ValueError('bad')", "result:49"),
                dones.stream().map(e -> e.detail("outcome") + ":" + e.detail("value")).toList());
        TraceEvent shutdown = poolEvents.get(poolEvents.size() - 1);
        assertEquals("pool.shutdown", shutdown.kind());
        assertEquals(true, shutdown.detail("wait"));
        assertEquals(false, shutdown.detail("cancelFutures"));

        int okId = (Integer) submits.get(0).detail("future");
        TraceEntity okFuture = t.entities().get(okId);
        assertEquals("future", okFuture.kind());
        assertEquals(10, okFuture.line());
        List<TraceEvent> states = on(t, okId, "future.state");
        assertEquals(List.of("pending", "running", "finished"), states.stream().map(e -> e.detail("state")).toList());
        assertEquals("49", states.get(2).detail("result"));
        assertEquals(states.get(1).actor(), states.get(2).actor(), "the worker that ran it finished it");
    }

    @Test
    void aCancelledCallIsDroppedByTheWorkerThatFindsIt() {
        CapturedRun r = traced("""
                from concurrent.futures import ThreadPoolExecutor
                import threading
                gate = threading.Event()
                with ThreadPoolExecutor(1) as pool:
                    busy = pool.submit(gate.wait)
                    early = pool.submit(print, "never")
                    print(early.cancel())
                    gate.set()
                """);
        assertEquals("True\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = entity(t, "pool", "ThreadPoolExecutor-0");
        List<TraceEvent> events = on(t, pool.id(), "pool.");
        TraceEvent cancel = events.stream().filter(e -> e.kind().equals("pool.cancel")).findFirst().orElseThrow();
        assertEquals("print('never')", cancel.detail("call"));
        int early = (Integer) cancel.detail("future");
        assertEquals(List.of("pending", "cancelled"),
                on(t, early, "future.state").stream().map(e -> e.detail("state")).toList());
        TraceEvent dropped = events.stream().filter(e -> e.kind().equals("pool.take")
                && Boolean.TRUE.equals(e.detail("cancelled"))).findFirst().orElseThrow();
        assertEquals(early, dropped.detail("future"));
        assertTrue(cancel.seq() < dropped.seq());
        assertEquals(1, events.stream().filter(e -> e.kind().equals("pool.done")).count(), "only gate.wait ran");
    }

    @Test
    void shutdownWithCancelFuturesCancelsWhatIsStillQueued() {
        CapturedRun r = traced("""
                from concurrent.futures import ThreadPoolExecutor
                import threading
                gate = threading.Event()
                pool = ThreadPoolExecutor(1)
                busy = pool.submit(gate.wait)
                late = [pool.submit(print, n) for n in range(3)]
                threading.Timer(0.01, gate.set).start()
                pool.shutdown(cancel_futures=True)
                print([f.cancelled() for f in late])
                """);
        assertEquals("[True, True, True]\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = entity(t, "pool", "ThreadPoolExecutor-0");
        List<TraceEvent> events = on(t, pool.id(), "pool.");
        TraceEvent shutdown = events.stream().filter(e -> e.kind().equals("pool.shutdown")).findFirst().orElseThrow();
        assertEquals(true, shutdown.detail("cancelFutures"));
        List<TraceEvent> cancels = events.stream().filter(e -> e.kind().equals("pool.cancel")).toList();
        assertEquals(List.of("print(0)", "print(1)", "print(2)"), cancels.stream().map(e -> e.detail("call")).toList());
        assertTrue(cancels.stream().allMatch(c -> c.seq() > shutdown.seq() && c.actor() == shutdown.actor()));
    }

    @Test
    void aFailingInitializerBreaksThePool() {
        CapturedRun r = traced("""
                from concurrent.futures import ThreadPoolExecutor
                def init():
                    raise OSError("no database")
                pool = ThreadPoolExecutor(1, initializer=init)
                f = pool.submit(len, "abc")
                print(type(f.exception()).__name__)
                """);
        assertEquals("BrokenThreadPool\n", r.stdout());
        assertTrue(r.stderr().startsWith("Exception in initializer:\nTraceback"), r.stderr());
        Trace t = r.result().trace();
        TraceEntity pool = entity(t, "pool", "ThreadPoolExecutor-0");
        TraceEvent broken = on(t, pool.id(), "pool.broken").get(0);
        assertEquals("A thread initializer failed, the thread pool is not usable anymore", broken.detail("message"));
        TraceEvent done = on(t, pool.id(), "pool.done").get(0);
        assertEquals("exception", done.detail("outcome"));
        assertEquals("BrokenThreadPool('A thread initializer failed, the thread pool is not usable anymore')",
                done.detail("value"));
    }

    @Test
    void tracingShowsProgramObjectsWithoutRunningTheirCode() {
        CapturedRun r = traced("""
                from concurrent.futures import ThreadPoolExecutor, Future
                class Loud:
                    def __repr__(self):
                        print("repr called")
                        return "Loud()"
                with ThreadPoolExecutor(prefix := 1, thread_name_prefix="io") as pool:
                    print(type(pool.submit(Loud).result()).__name__)
                mine = Future()
                mine.set_result([1, (2, "x"), None])
                """);
        assertEquals("Loud\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = entity(t, "pool", "io");
        TraceEvent done = on(t, pool.id(), "pool.done").get(0);
        assertEquals("<Loud object>", done.detail("value"));
        assertEquals("Loud()", on(t, pool.id(), "pool.submit").get(0).detail("call"));
        TraceEntity mine = entity(t, "future", "mine");
        assertEquals("[1, (2, 'x'), None]", on(t, mine.id(), "future.state").get(1).detail("result"));
    }

    @Test
    void theDefaultPoolSizeFollowsTheSimulatedCores() {
        String program = """
                from concurrent.futures import ThreadPoolExecutor
                print(ThreadPoolExecutor()._max_workers)
                """;
        assertEquals("5\n", CapturedRun.of(program, RunOptions.defaults().withCores(1)).stdout());
        assertEquals("8\n", CapturedRun.of(program, RunOptions.defaults().withCores(4)).stdout());
        assertEquals("32\n", CapturedRun.of(program, RunOptions.defaults().withCores(64)).stdout());
    }

    @Test
    void workersStopAtExitWhenTheProgramNeverShutsThePoolDown() {
        CapturedRun r = traced("""
                from concurrent.futures import ThreadPoolExecutor
                pool = ThreadPoolExecutor(3)
                futures = [pool.submit(pow, 2, n) for n in range(6)]
                print("main done")
                """);
        assertEquals("main done\n", r.stdout());
        assertEquals(0, r.result().exitStatus());
        Trace t = r.result().trace();
        long workersDone = t.events().stream().filter(e -> e.kind().equals("thread.state")
                && "done".equals(e.detail("state"))
                && t.entities().get(e.object()).name().startsWith("ThreadPoolExecutor-0_")).count();
        long workers = t.entities().stream().filter(e -> e.name().startsWith("ThreadPoolExecutor-0_")).count();
        assertTrue(workers >= 1, "workers were started");
        assertEquals(workers, workersDone, "every worker ended normally (none was cut off)");
    }

    @TestFactory
    Stream<DynamicTest> everyFuturesProgramGivesTheSameTraceTwice() throws IOException {
        return TraceText.sameTwice(CORPUS, 7);
    }

    /** The corpus does not lean on one lucky schedule: another seed prints what CPython printed. */
    @TestFactory
    Stream<DynamicTest> everyFuturesProgramPrintsTheSameUnderAnotherSeed() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(CORPUS)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            String stem = name.substring(0, name.length() - 3);
            CapturedRun r = CapturedRun.of(name, Files.readString(p), RunOptions.defaults().withSeed(5));
            assertEquals(Files.readString(CORPUS.resolve(stem + ".out")), r.stdout(), name);
            assertEquals(Files.readString(CORPUS.resolve(stem + ".err")), r.stderr(), name);
        }));
    }

    @Test
    void aPoolRunReplaysFromItsDecisions() {
        String program = """
                from concurrent.futures import ThreadPoolExecutor, as_completed
                def spin(n):
                    total = 0
                    for i in range(3000 * n):
                        total += i
                    return n
                with ThreadPoolExecutor(4) as pool:
                    print(sorted(f.result() for f in as_completed([pool.submit(spin, n) for n in range(8)])))
                """;
        RunOptions opts = RunOptions.defaults().withSeed(3).withKeepTrace(true);
        RunResult first = CapturedRun.of("p.py", program, opts).result();
        List<Integer> chosen = new ArrayList<>();
        for (Decision d : first.trace().decisions()) {
            chosen.add(d.chosen());
        }
        assertFalse(chosen.isEmpty(), "the run made decisions");
        RunResult replayed = CapturedRun.of("p.py", program, opts.withReplay(chosen)).result();
        assertEquals(first.trace().events().size(), replayed.trace().events().size());
        for (int i = 0; i < first.trace().events().size(); i++) {
            TraceEvent a = first.trace().events().get(i);
            TraceEvent b = replayed.trace().events().get(i);
            assertEquals(a.kind() + a.time() + a.actor() + java.util.Arrays.deepToString(a.details()),
                    b.kind() + b.time() + b.actor() + java.util.Arrays.deepToString(b.details()), "event " + i);
        }
        assertNotNull(first.trace());
    }
}
