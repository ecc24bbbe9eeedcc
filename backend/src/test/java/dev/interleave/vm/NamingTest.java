package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.engine.Engine;
import dev.interleave.engine.OutputSink;
import dev.interleave.engine.RunOptions;
import dev.interleave.machine.TraceEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Objects are named after what the program calls them, so that the timelines speak its language. */
class NamingTest {

    private static List<String> objects(String program) {
        return new Engine().run("main.py", program, RunOptions.defaults().withKeepTrace(true), OutputSink.DISCARD)
                .trace().entities().stream().filter(e -> !e.kind().equals("process") && !e.kind().equals("thread"))
                .map(e -> e.kind() + " " + e.name()).toList();
    }

    @Test
    void variablesAttributesAndTheObjectsOthersMakeForThemselves() {
        assertEquals(List.of("lock lock", "condition not_full", "event done", "semaphore slots", "rlock guard",
                "condition changed", "rlock changed.lock", "lock lock-1", "lock lock-2"), objects("""
                import threading
                class Shelf:
                    def __init__(self):
                        lock = threading.Lock()
                        self.not_full = threading.Condition(lock)
                        self.done = threading.Event()
                        self.slots = threading.Semaphore(2)
                shelf = Shelf()
                guard = threading.RLock()
                changed = threading.Condition()
                forks = [threading.Lock() for _ in range(2)]
                """));
    }

    @Test
    void aQueuesInnerLockAndConditionsAreNamedAsQueuePyNamesThem() {
        assertEquals(List.of("queue jobs", "condition jobs.not_empty", "lock jobs.mutex"), objects("""
                import queue
                jobs = queue.Queue()
                with jobs.not_empty:
                    pass
                """));
    }
}
