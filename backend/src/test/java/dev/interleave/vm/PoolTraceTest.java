package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.TraceText;
import dev.interleave.machine.Trace;
import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import dev.interleave.machine.TraceJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * multiprocessing.Pool in the trace (docs/trace.md): the pool entity with its worker processes,
 * each task's submission, the worker process that takes it and its completion, the pool's
 * shutdown; the same run gives the same trace, and the pool programs of the corpus print what
 * CPython printed under other seeds too.
 */
class PoolTraceTest {

    private static final Path CORPUS = Path.of("src/test/resources/conformance/processes");

    private static final String MAP_AND_APPLY = """
            from multiprocessing import Pool, get_context

            def square(x):
                return x * x

            def fail(text):
                raise ValueError(text)

            if __name__ == "__main__":
                with Pool(2) as pool:
                    print(pool.map(square, range(4), chunksize=2))
                    print(pool.apply(square, (5,)))
                    r = pool.apply_async(fail, ("bad",))
                    r.wait()
                    print(r.successful())
            """;

    private static CapturedRun traced(String source, RunOptions options) {
        return CapturedRun.of("main.py", source, options.withKeepTrace(true));
    }

    private static Object fact(TraceEntity e, String name) {
        for (int i = 0; i + 1 < e.facts().length; i += 2) {
            if (e.facts()[i].equals(name)) {
                return e.facts()[i + 1];
            }
        }
        return null;
    }

    private static TraceEntity only(Trace t, String kind) {
        List<TraceEntity> found = t.entities().stream().filter(e -> e.kind().equals(kind)).toList();
        assertEquals(1, found.size(), kind + ": " + found);
        return found.get(0);
    }

    private static List<TraceEvent> events(Trace t, int object, String kind) {
        return t.events().stream().filter(e -> e.object() == object && e.kind().equals(kind)).toList();
    }

    /** The process a thread belongs to. */
    private static int processOf(Trace t, int thread) {
        return t.entities().get(thread).process();
    }

    @Test
    void thePoolShowsItsWorkerProcessesAndWhichOneRunsEachTask() {
        CapturedRun r = traced(MAP_AND_APPLY, RunOptions.defaults());
        assertEquals("[0, 1, 4, 9]\n25\nFalse\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = only(t, "pool");
        assertEquals("process", fact(pool, "flavour"));
        assertEquals(2L, fact(pool, "maxWorkers"));
        assertEquals("fork", fact(pool, "start"));
        assertEquals(10, pool.line());
        TraceEntity inqueue = t.entities().get((Integer) fact(pool, "queue"));
        assertEquals("queue", inqueue.kind());
        assertEquals("pipe", fact(inqueue, "flavour"));
        assertEquals(pool.name() + ".inqueue", inqueue.name());

        List<TraceEvent> workers = events(t, pool.id(), "pool.worker");
        assertEquals(List.of(1, 2), workers.stream().map(e -> e.detail("workers")).toList());
        Set<Integer> workerProcesses = workers.stream().map(e -> (Integer) e.detail("process"))
                .collect(Collectors.toSet());
        assertEquals(List.of("ForkPoolWorker-1", "ForkPoolWorker-2"),
                workers.stream().map(e -> t.entities().get((Integer) e.detail("process")).name()).toList());
        for (TraceEvent w : workers) {
            TraceEntity main = t.entities().get((Integer) w.detail("thread"));
            assertEquals("thread", main.kind());
            assertEquals(w.detail("process"), main.process(), "the worker's thread is its process's main thread");
        }

        List<TraceEvent> submits = events(t, pool.id(), "pool.submit");
        assertEquals(List.of("map(square, (0, 1))", "map(square, (2, 3))", "square(5)", "fail('bad')"),
                submits.stream().map(e -> e.detail("call")).toList());
        assertEquals(List.of(11, 11, 12, 13), submits.stream()
                .map(e -> t.entities().get((Integer) e.detail("future")).line()).toList());
        for (TraceEvent s : submits) {
            assertEquals("Thread-2 (_handle_tasks)", t.entities().get(s.actor()).name());
            int future = (Integer) s.detail("future");
            List<TraceEvent> take = events(t, pool.id(), "pool.take").stream()
                    .filter(e -> e.detail("future").equals(future)).toList();
            List<TraceEvent> done = events(t, pool.id(), "pool.done").stream()
                    .filter(e -> e.detail("future").equals(future)).toList();
            assertEquals(1, take.size(), s.toString());
            assertEquals(1, done.size(), s.toString());
            assertTrue(workerProcesses.contains(processOf(t, take.get(0).actor())), "a worker takes " + s);
            assertEquals(take.get(0).actor(), done.get(0).actor(), "the worker that took it finishes it");
            assertTrue(s.seq() < take.get(0).seq() && take.get(0).seq() < done.get(0).seq());
            assertEquals(List.of("pending", "running", "finished"),
                    events(t, future, "future.state").stream().map(e -> e.detail("state")).toList());
        }
        List<String> outcomes = events(t, pool.id(), "pool.done").stream()
                .map(e -> e.detail("outcome") + ":" + e.detail("value")).toList();
        assertEquals(List.of("exception:ValueError('bad')", "result:25", "result:[0, 1]", "result:[4, 9]"),
                outcomes.stream().sorted().toList());

        List<TraceEvent> shutdowns = events(t, pool.id(), "pool.shutdown");
        assertEquals(1, shutdowns.size());
        assertEquals("terminate", shutdowns.get(0).detail("how"));
        for (int p : workerProcesses) {
            List<TraceEvent> exits = events(t, p, "process.exit");
            assertEquals(1, exits.size());
            assertTrue(exits.get(0).seq() > shutdowns.get(0).seq(), "the workers end after the terminate");
        }
    }

    @Test
    void spawnedWorkersAreSpawnPoolWorkers() {
        CapturedRun r = traced(MAP_AND_APPLY.replace("with Pool(2) as pool:",
                "with get_context('spawn').Pool(2) as pool:"), RunOptions.defaults());
        assertEquals("[0, 1, 4, 9]\n25\nFalse\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = only(t, "pool");
        assertEquals("spawn", fact(pool, "start"));
        List<TraceEvent> workers = events(t, pool.id(), "pool.worker");
        for (TraceEvent w : workers) {
            TraceEntity process = t.entities().get((Integer) w.detail("process"));
            assertTrue(process.name().startsWith("SpawnPoolWorker-"), process.name());
            assertEquals("spawn", fact(process, "start"));
        }
        assertEquals(4, events(t, pool.id(), "pool.take").size());
    }

    @Test
    void maxtasksperchildReplacesWorkersFromTheWorkerHandler() {
        CapturedRun r = traced("""
                import multiprocessing as mp
                import os
                def pid(_):
                    return os.getpid()
                if __name__ == "__main__":
                    with mp.Pool(1, maxtasksperchild=1) as pool:
                        print(len({pool.apply(pid, (i,)) for i in range(3)}))
                """, RunOptions.defaults());
        assertEquals("3\n", r.stdout());
        Trace t = r.result().trace();
        TraceEntity pool = only(t, "pool");
        List<TraceEvent> workers = events(t, pool.id(), "pool.worker");
        assertTrue(workers.size() >= 3, workers.toString());
        assertEquals("MainThread", t.entities().get(workers.get(0).actor()).name());
        assertEquals("Thread-1 (_handle_workers)", t.entities().get(workers.get(1).actor()).name());
        assertEquals(List.of("ForkPoolWorker-1", "ForkPoolWorker-2", "ForkPoolWorker-3"), workers.subList(0, 3)
                .stream().map(e -> t.entities().get((Integer) e.detail("process")).name()).toList());
    }

    @Test
    void theSameRunGivesTheSameTraceAndOtherSeedsTheSameOutput() throws IOException {
        String first = json(traced(MAP_AND_APPLY, RunOptions.defaults().withSeed(7)));
        String second = json(traced(MAP_AND_APPLY, RunOptions.defaults().withSeed(7)));
        assertEquals(first, second);
        CapturedRun other = traced(MAP_AND_APPLY, RunOptions.defaults().withSeed(8));
        assertEquals("[0, 1, 4, 9]\n25\nFalse\n", other.stdout());
        assertNotEquals(first, json(other), "another seed schedules differently");
    }

    private static List<Path> poolPrograms() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.getFileName().toString().matches("pool_.*\\.py")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPoolProgramGivesTheSameTraceTwice() throws IOException {
        return poolPrograms().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String src = Files.readString(p);
            String name = p.getFileName().toString();
            RunOptions seeded = RunOptions.defaults().withSeed(7);
            assertEquals(TraceText.of(name, src, seeded), TraceText.of(name, src, seeded));
        }));
    }

    /** The corpus does not lean on one lucky schedule: other seeds print what CPython printed. */
    @TestFactory
    Stream<DynamicTest> everyPoolProgramPrintsTheSameUnderOtherSeeds() throws IOException {
        return poolPrograms().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            String stem = name.substring(0, name.length() - 3);
            for (long seed : new long[] {3, 11}) {
                CapturedRun r = CapturedRun.of(name, Files.readString(p), RunOptions.defaults().withSeed(seed));
                assertEquals(Files.readString(CORPUS.resolve(stem + ".out")), r.stdout(), name + " seed " + seed);
                assertEquals(Files.readString(CORPUS.resolve(stem + ".err")), r.stderr(), name + " seed " + seed);
            }
        }));
    }

    private static String json(CapturedRun r) throws IOException {
        StringBuilder sb = new StringBuilder();
        TraceJson.write(sb, "main.py", RunOptions.defaults(), r.result());
        return sb.toString();
    }
}
