package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.engine.Engine;
import dev.interleave.engine.OutputSink;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.machine.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queue events show their items by safe reprs: taking the trace never runs the program's code. */
class QueueTraceReprTest {

    @Test
    void itemsAreShownWithoutCallingTheirRepr() {
        String program = """
                import queue
                class Job:
                    def __repr__(self):
                        print("repr!")
                        return "Job"
                q = queue.Queue()
                q.put(Job())
                q.put([Job(), 1, "two", 2.5, None, (3,)])
                q.get()
                """;
        StringBuilder out = new StringBuilder();
        RunResult r = new Engine().run("main.py", program, RunOptions.defaults().withKeepTrace(true),
                new OutputSink() {
                    @Override
                    public void stdout(String text) {
                        out.append(text);
                    }

                    @Override
                    public void stderr(String text) {
                        out.append(text);
                    }
                });
        assertEquals(0, r.exitStatus());
        assertEquals("", out.toString(), "no __repr__ ran");
        List<TraceEvent> puts = r.trace().events().stream().filter(e -> e.kind().equals("queue.put")).toList();
        assertEquals("<Job object>", puts.get(0).detail("item"));
        assertEquals("[<Job object>, 1, 'two', 2.5, None, (3,)]", puts.get(1).detail("item"));
        TraceEvent get = r.trace().events().stream().filter(e -> e.kind().equals("queue.get")).findFirst()
                .orElseThrow();
        assertEquals(List.of("[<Job object>, 1, 'two', 2.5, None, (3,)]"), get.detail("items"));
    }
}
