package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.engine.TraceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** asyncio on the machine: task entities and states, the loop's ticks and idle waits, determinism. */
class AsyncioTraceTest {

    private static final Path CORPUS = Path.of("src/test/resources/conformance/asyncio");

    private static RunResult run(String source) {
        return CapturedRun.of("main.py", source, RunOptions.defaults().withKeepTrace(true)).result();
    }

    private static TraceEntity entity(RunResult r, String kind, String name) {
        return r.trace().entities().stream().filter(e -> e.kind().equals(kind) && e.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static List<TraceEvent> events(RunResult r, String kind, int object) {
        return r.trace().events().stream().filter(e -> e.kind().equals(kind) && e.object() == object).toList();
    }

    private static final String TWO_TASKS = """
            import asyncio
            async def nap(d):
                await asyncio.sleep(d)
                return d
            async def main():
                lock = asyncio.Lock()
                t = asyncio.create_task(nap(0.2), name='napper')
                async with lock:
                    await asyncio.sleep(0.1)
                print(await t)
            asyncio.run(main())
            """;

    @Test
    void tasksAreEntitiesOwnedByTheLoopsThread() {
        RunResult r = run(TWO_TASKS);
        TraceEntity main = entity(r, "task", "Task-1");
        TraceEntity napper = entity(r, "task", "napper");
        TraceEntity loop = entity(r, "event-loop", "event-loop-1");
        assertEquals(loop.id(), ((Number) napper.facts()[3]).intValue());
        assertEquals(main.facts()[1], napper.facts()[1]);
        entity(r, "asyncio.lock", "lock");
    }

    @Test
    void everyTaskCostsTheConfiguredCoroutineMemory() {
        RunOptions o = RunOptions.defaults().withKeepTrace(true);
        o = o.withMachine(o.machine().withCoroutineMemory(3000));
        RunResult r = CapturedRun.of("main.py", TWO_TASKS, o).result();
        for (String name : List.of("Task-1", "napper")) {
            Object[] facts = entity(r, "task", name).facts();
            assertEquals("memory", facts[4]);
            assertEquals(3000L, ((Number) facts[5]).longValue());
        }
        assertEquals(2048L, ((Number) entity(run(TWO_TASKS), "task", "napper").facts()[5]).longValue());
    }

    @Test
    void taskStatesFollowTheTaskFromReadyToDone() {
        RunResult r = run(TWO_TASKS);
        TraceEntity napper = entity(r, "task", "napper");
        List<String> states = events(r, "task.state", napper.id()).stream()
                .map(e -> (String) e.detail("state")).toList();
        assertEquals(List.of("ready", "running", "waiting", "running", "done"), states);
        TraceEvent waiting = events(r, "task.state", napper.id()).get(2);
        assertEquals("sleep", waiting.detail("reason"));
        assertEquals(3, ((Number) waiting.detail("at")).intValue());
        double until = ((Number) waiting.detail("until")).doubleValue();
        assertTrue(until >= 0.2 && until < 0.21, "sleeps until about 0.2 s: " + until);
        TraceEntity main = entity(r, "task", "Task-1");
        TraceEvent mainWaits = events(r, "task.state", main.id()).stream()
                .filter(e -> "task".equals(e.detail("reason"))).findFirst().orElseThrow();
        assertEquals(napper.id(), ((Number) mainWaits.detail("on")).intValue());
    }

    @Test
    void tasksWaitingOnAsyncioObjectsNameThem() {
        RunResult r = run("""
                import asyncio
                async def worker(q, lock):
                    async with lock:
                        print(await q.get())
                async def main():
                    jobs = asyncio.Queue(maxsize=3)
                    guard = asyncio.Lock()
                    ts = [asyncio.create_task(worker(jobs, guard)) for _ in range(2)]
                    await asyncio.sleep(0)
                    jobs.put_nowait(1)
                    jobs.put_nowait(2)
                    await asyncio.gather(*ts)
                asyncio.run(main())
                """);
        TraceEntity q = entity(r, "asyncio.queue", "jobs");
        assertEquals(3L, ((Number) q.facts()[1]).longValue());
        assertEquals("fifo", q.facts()[3]);
        TraceEntity guard = entity(r, "asyncio.lock", "guard");
        List<TraceEvent> waits = r.trace().events().stream()
                .filter(e -> e.kind().equals("task.state") && "waiting".equals(e.detail("state"))).toList();
        assertTrue(waits.stream().anyMatch(e -> "queue-get".equals(e.detail("reason"))
                && ((Number) e.detail("on")).intValue() == q.id()));
        assertTrue(waits.stream().anyMatch(e -> "lock".equals(e.detail("reason"))
                && ((Number) e.detail("on")).intValue() == guard.id()));
        assertEquals(0, r.trace().entities().stream().filter(e -> e.kind().equals("asyncio.event")).count(),
                "the queue's own Event is not the program's");
    }

    @Test
    void theLoopSleepsOnTheVirtualClockUntilTheNextTimer() {
        RunResult r = run(TWO_TASKS);
        TraceEntity loop = entity(r, "event-loop", "event-loop-1");
        List<TraceEvent> idle = events(r, "loop.idle", loop.id());
        assertTrue(idle.size() >= 2, "the loop waits for each timer: " + idle.size());
        assertTrue(((Number) idle.get(0).detail("timers")).longValue() >= 1);
        List<TraceEvent> ticks = events(r, "loop.tick", loop.id());
        assertTrue(ticks.stream().anyMatch(e -> ((Number) e.detail("ready")).intValue() >= 1));
        long sleeping = r.trace().events().stream()
                .filter(e -> e.kind().equals("thread.state") && "sleeping".equals(e.detail("state"))).count();
        assertTrue(sleeping >= 2, "the loop's thread sleeps while it waits: " + sleeping);
        assertTrue(r.summary().virtualNanos() >= 200_000_000L && r.summary().virtualNanos() < 220_000_000L, "" + r.summary().virtualNanos());
    }

    @Test
    void aBlockingSleepFreezesTheWholeLoop() {
        RunResult r = run("""
                import asyncio, time
                async def blocker():
                    time.sleep(0.5)
                async def ticker():
                    await asyncio.sleep(0.1)
                    print('tick')
                async def main():
                    await asyncio.gather(blocker(), ticker())
                asyncio.run(main())
                """);
        TraceEntity ticker = r.trace().entities().stream()
                .filter(e -> e.kind().equals("task") && e.name().equals("Task-3")).findFirst().orElseThrow();
        TraceEvent resumed = events(r, "task.state", ticker.id()).stream()
                .filter(e -> "running".equals(e.detail("state"))).toList().get(1);
        assertTrue(resumed.time() >= 500_000_000L, "the ticker resumes only after time.sleep: " + resumed.time());
    }

    @Test
    void cancellingAndFailingTasksEndInTheirOwnStates() {
        RunResult r = run("""
                import asyncio
                async def forever():
                    await asyncio.sleep(10)
                async def bad():
                    raise ValueError('x')
                async def main():
                    a = asyncio.create_task(forever(), name='a')
                    b = asyncio.create_task(bad(), name='b')
                    await asyncio.sleep(0)
                    a.cancel()
                    await asyncio.gather(a, b, return_exceptions=True)
                asyncio.run(main())
                """);
        List<TraceEvent> a = events(r, "task.state", entity(r, "task", "a").id());
        assertEquals("cancelled", a.get(a.size() - 1).detail("state"));
        List<TraceEvent> b = events(r, "task.state", entity(r, "task", "b").id());
        assertEquals("failed", b.get(b.size() - 1).detail("state"));
        assertEquals("ValueError", b.get(b.size() - 1).detail("exception"));
    }

    @TestFactory
    Stream<DynamicTest> everyAsyncioProgramGivesTheSameTraceTwice() throws IOException {
        return TraceText.sameTwice(CORPUS, 5);
    }
}
