package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.Engine;
import dev.interleave.engine.OutputSink;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** to_thread and run_in_executor: the loop waits where a worker's call_soon_threadsafe can wake it. */
class AsyncioThreadsTest {

    private static final String PROGRAM = """
            import asyncio, time
            def blocking():
                time.sleep(0.1)
                return 1
            async def main():
                return await asyncio.to_thread(blocking)
            print(asyncio.run(main()))
            """;

    @Test
    void theLoopBlocksUntilTheWorkerWakesItAndTheRunEnds() {
        RunResult r = new Engine().run("main.py", PROGRAM, RunOptions.defaults().withKeepTrace(true),
                OutputSink.DISCARD);
        assertEquals(0, r.exitStatus(), r.message());
        List<TraceEvent> events = r.trace().events();
        int main = r.trace().entities().stream().filter(e -> e.name().equals("MainThread")).findFirst()
                .map(TraceEntity::id).orElseThrow();
        int worker = r.trace().entities().stream().filter(e -> e.name().equals("asyncio_0")).findFirst()
                .map(TraceEntity::id).orElseThrow();
        int blocked = -1;
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (e.object() == main && e.kind().equals("thread.state") && "blocked".equals(e.detail("state"))
                    && "event-loop".equals(e.detail("reason"))) {
                blocked = i;
                break;
            }
        }
        assertTrue(blocked >= 0, "the loop's thread waits for the worker in a wakeable wait");
        TraceEvent woken = events.subList(blocked + 1, events.size()).stream()
                .filter(e -> e.object() == main && e.kind().equals("thread.state")).findFirst().orElseThrow();
        assertEquals(worker, ((Number) woken.detail("by")).intValue(), "the worker's call_soon_threadsafe woke it");
        assertTrue(woken.time() >= 100_000_000L, "not before the worker's 100 ms sleep ended");
    }
}
