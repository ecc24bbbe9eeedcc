package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.RunResult;
import dev.interleave.engine.RunSummary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChromeTraceTest {

    static final int P = 0;
    static final int MAIN = 1;
    static final int WORKER = 2;
    static final int LOCK = 3;

    /**
     * MainThread runs on core 0 with the GIL from 0; Thread-1 starts at 1 µs and waits for the GIL;
     * at 2 µs MainThread blocks on lock_a, Thread-1 takes the GIL and core 0 and runs until it ends
     * at 7 µs. The run ends (deadlocked) at 9 µs.
     */
    static RunResult sampleRun() {
        Trace t = new Trace(true, 1000);
        t.entity("process", "MainProcess", 0, -1, "pid", 1000, "cores", 2, "gil", true);
        t.entity("thread", "MainThread", 0, P, "daemon", false, "main", true);
        t.entity("thread", "Thread-1", 5, P, "daemon", false, "main", false);
        t.entity("lock", "lock_a", 3, P);
        t.emitAt(0, MAIN, "thread.create", MAIN, 0, "name", "MainThread", "daemon", false);
        t.emitAt(0, MAIN, "gil.take", P, 0);
        t.emitAt(0, MAIN, "thread.state", MAIN, 0, "state", "running", "core", 0);
        t.emitAt(1000, MAIN, "thread.create", WORKER, 6, "name", "Thread-1", "daemon", false);
        t.emitAt(1000, MAIN, "thread.start", WORKER, 6);
        t.emitAt(1000, WORKER, "thread.state", WORKER, 0, "state", "gil-wait");
        t.emitAt(1000, WORKER, "gil.request", P, 0);
        t.emitAt(1500, MAIN, "lock.acquire", LOCK, 7, "holder", MAIN);
        t.emitAt(2000, MAIN, "thread.state", MAIN, 8, "state", "blocked", "on", LOCK, "reason", "acquire");
        t.emitAt(2000, MAIN, "deadlock.cycle", LOCK, 8, "threads", List.of(MAIN));
        t.emitAt(2000, MAIN, "gil.release", P, 8);
        t.emitAt(2000, WORKER, "gil.take", P, 0);
        t.emitAt(2000, WORKER, "thread.state", WORKER, 0, "state", "running", "core", 0);
        t.emitAt(5500, WORKER, "stdout", -1, 9, "text", "hi \"there\"\n");
        t.emitAt(7000, WORKER, "thread.state", WORKER, 9, "state", "done");
        t.emitAt(7000, WORKER, "gil.release", P, 9);
        t.emitAt(7001, -1, "deadlock", -1, 0, "report", "deadlock: every thread is blocked\n");
        RunSummary summary = new RunSummary(9000, 800, 2, 2, t.count(), 1, 2, new long[] {7000, 0});
        return new RunResult(3, RunResult.Ending.DEADLOCK, "deadlock\n", summary, t);
    }

    static List<JsonNode> events(String text) {
        JsonNode root = TraceJsonTest.JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
        assertEquals("ns", root.get("displayTimeUnit").stringValue());
        List<JsonNode> list = new ArrayList<>();
        root.get("traceEvents").forEach(list::add);
        return list;
    }

    static List<JsonNode> select(List<JsonNode> events, Predicate<JsonNode> p) {
        return events.stream().filter(p).toList();
    }

    static JsonNode only(List<JsonNode> events, Predicate<JsonNode> p) {
        List<JsonNode> found = select(events, p);
        assertEquals(1, found.size(), "exactly one match in " + found);
        return found.get(0);
    }

    static Predicate<JsonNode> is(String ph, String name) {
        return e -> e.get("ph").stringValue().equals(ph) && e.get("name").stringValue().equals(name);
    }

    @Test
    void everyEventHasWhatPerfettoNeeds() {
        String text = ChromeTrace.toString(sampleRun());
        assertTrue(text.startsWith("{\"traceEvents\":["));
        assertTrue(text.endsWith("],\"displayTimeUnit\":\"ns\"}\n"));
        List<JsonNode> events = events(text);
        assertFalse(events.isEmpty());
        for (JsonNode e : events) {
            String ph = e.get("ph").stringValue();
            assertTrue(List.of("M", "X", "C", "i").contains(ph), e.toString());
            assertTrue(e.get("name").isString(), e.toString());
            assertTrue(e.get("pid").isIntegralNumber(), e.toString());
            assertTrue(e.get("tid").isIntegralNumber(), e.toString());
            assertNotEquals(0, e.get("pid").asInt(), "pid 0 is the kernel's in Perfetto: " + e);
            if (!ph.equals("M")) {
                assertTrue(e.get("ts").isNumber(), e.toString());
                assertTrue(e.get("ts").asDouble() >= 0, e.toString());
            }
            if (ph.equals("X")) {
                assertTrue(e.get("dur").isNumber(), e.toString());
                assertTrue(e.get("dur").asDouble() >= 0, e.toString());
            }
            if (ph.equals("C")) {
                assertTrue(e.get("args").isObject(), e.toString());
            }
            if (ph.equals("i")) {
                assertTrue(List.of("t", "g").contains(e.get("s").stringValue()), e.toString());
            }
        }
        // one event a line
        String[] lines = text.split("\n");
        assertEquals(events.size() + 2, lines.length);
    }

    @Test
    void metadataNamesProcessesAndThreads() {
        List<JsonNode> events = events(ChromeTrace.toString(sampleRun()));
        JsonNode process = only(events, is("M", "process_name").and(e -> e.get("pid").asInt() == 1000));
        assertEquals("MainProcess", process.get("args").get("name").stringValue());
        JsonNode main = only(events, is("M", "thread_name").and(e -> e.get("tid").asInt() == MAIN));
        assertEquals("MainThread", main.get("args").get("name").stringValue());
        assertEquals(1000, main.get("pid").asInt());
        JsonNode worker = only(events, is("M", "thread_name").and(e -> e.get("tid").asInt() == WORKER));
        assertEquals("Thread-1", worker.get("args").get("name").stringValue());
        JsonNode sort = only(events, is("M", "thread_sort_index").and(e -> e.get("tid").asInt() == WORKER));
        assertEquals(WORKER, sort.get("args").get("sort_index").asInt());
        assertNotNull(only(events, is("M", "thread_name").and(e -> e.get("args").get("name").stringValue()
                .equals("GIL"))));
        JsonNode cores = only(events, is("M", "process_name").and(e -> e.get("args").get("name").stringValue()
                .equals("cores")));
        int machine = cores.get("pid").asInt();
        assertNotEquals(1000, machine);
        assertEquals(2, select(events, is("M", "thread_name").and(e -> e.get("pid").asInt() == machine)).size());
    }

    @Test
    void stateSpansFromOneStateEventToTheNext() {
        List<JsonNode> events = events(ChromeTrace.toString(sampleRun()));
        Predicate<JsonNode> state = e -> e.get("ph").stringValue().equals("X") && e.has("cat")
                && e.get("cat").stringValue().equals("state");

        List<JsonNode> main = select(events, state.and(e -> e.get("tid").asInt() == MAIN));
        assertEquals(2, main.size(), main.toString());
        JsonNode running = only(main, is("X", "running"));
        assertEquals(0.0, running.get("ts").asDouble());
        assertEquals(2.0, running.get("dur").asDouble());
        assertEquals(0, running.get("args").get("core").asInt());
        assertEquals(1000, running.get("pid").asInt());
        // still open at the end: closes at the run's virtual end
        JsonNode blocked = only(main, is("X", "blocked: lock_a"));
        assertEquals(2.0, blocked.get("ts").asDouble());
        assertEquals(7.0, blocked.get("dur").asDouble());
        assertEquals(LOCK, blocked.get("args").get("on").asInt());
        assertEquals("acquire", blocked.get("args").get("reason").stringValue());

        List<JsonNode> worker = select(events, state.and(e -> e.get("tid").asInt() == WORKER));
        assertEquals(2, worker.size(), worker.toString());
        JsonNode waiting = only(worker, is("X", "gil-wait"));
        assertEquals(1.0, waiting.get("ts").asDouble());
        assertEquals(1.0, waiting.get("dur").asDouble());
        JsonNode ran = only(worker, is("X", "running"));
        assertEquals(2.0, ran.get("ts").asDouble());
        assertEquals(5.0, ran.get("dur").asDouble());
    }

    @Test
    void coreCountersAndLanes() {
        List<JsonNode> events = events(ChromeTrace.toString(sampleRun()));
        List<JsonNode> core0 = select(events, is("C", "core 0"));
        assertEquals(List.of("0.0:1", "2.0:-1", "2.0:2", "7.0:-1"),
                core0.stream().map(e -> e.get("ts").asDouble() + ":" + e.get("args").get("thread").asInt()).toList());
        assertTrue(select(events, is("C", "core 1")).isEmpty(), "core 1 never ran anything");
        JsonNode cores = only(events, is("M", "process_name").and(e -> e.get("args").get("name").stringValue()
                .equals("cores")));
        int machine = cores.get("pid").asInt();
        List<JsonNode> lane = select(events, e -> e.get("ph").stringValue().equals("X")
                && e.get("pid").asInt() == machine);
        assertEquals(List.of("MainThread@0.0+2.0", "Thread-1@2.0+5.0"), lane.stream()
                .map(e -> e.get("name").stringValue() + "@" + e.get("ts").asDouble() + "+" + e.get("dur").asDouble())
                .toList());
    }

    @Test
    void gilHolder() {
        List<JsonNode> events = events(ChromeTrace.toString(sampleRun()));
        List<JsonNode> counter = select(events, is("C", "GIL holder"));
        assertEquals(List.of("0.0:1", "2.0:-1", "2.0:2", "7.0:-1"),
                counter.stream().map(e -> e.get("ts").asDouble() + ":" + e.get("args").get("thread").asInt()).toList());
        List<JsonNode> lane = select(events, e -> e.get("ph").stringValue().equals("X")
                && e.get("cat").stringValue().equals("gil"));
        assertEquals(List.of("MainThread@0.0+2.0", "Thread-1@2.0+5.0"), lane.stream()
                .map(e -> e.get("name").stringValue() + "@" + e.get("ts").asDouble() + "+" + e.get("dur").asDouble())
                .toList());
        assertTrue(select(events, e -> e.get("name").stringValue().startsWith("gil.")).isEmpty(),
                "GIL take, release and request are the lane and the counter, not instants");
    }

    @Test
    void instants() {
        List<JsonNode> events = events(ChromeTrace.toString(sampleRun()));
        JsonNode acquire = only(events, is("i", "lock.acquire lock_a"));
        assertEquals(MAIN, acquire.get("tid").asInt());
        assertEquals("t", acquire.get("s").stringValue());
        assertEquals(1.5, acquire.get("ts").asDouble());
        assertEquals(LOCK, acquire.get("args").get("obj").asInt());
        assertEquals(7, acquire.get("args").get("line").asInt());
        assertEquals(MAIN, acquire.get("args").get("holder").asInt());

        JsonNode stdout = only(events, is("i", "stdout"));
        assertEquals(WORKER, stdout.get("tid").asInt());
        assertEquals("hi \"there\"\n", stdout.get("args").get("text").stringValue());

        JsonNode cycle = only(events, is("i", "deadlock.cycle lock_a"));
        assertEquals("[1]", cycle.get("args").get("threads").toString());

        JsonNode deadlock = only(events, is("i", "deadlock"));
        assertEquals("g", deadlock.get("s").stringValue());
        assertEquals(7.001, deadlock.get("ts").asDouble());
        assertEquals("deadlock: every thread is blocked\n", deadlock.get("args").get("report").stringValue());
    }

    @Test
    void aThreadsLastStateIsKeptEvenWithoutLength() {
        Trace t = new Trace(true, 100);
        t.entity("process", "MainProcess", 0, -1, "pid", 1000);
        t.entity("thread", "MainThread", 0, P, "daemon", false, "main", true);
        t.entity("thread", "two", 5, P, "daemon", false, "main", false);
        t.entity("lock", "lock_a", 3, P);
        t.emitAt(0, MAIN, "thread.state", MAIN, 0, "state", "running", "core", 0);
        t.emitAt(100, MAIN, "thread.state", MAIN, 0, "state", "ready");
        t.emitAt(100, MAIN, "thread.state", MAIN, 0, "state", "running", "core", 0);
        t.emitAt(500, WORKER, "thread.state", WORKER, 0, "state", "blocked", "on", LOCK, "reason", "acquire");
        t.emitAt(500, -1, "deadlock", -1, 0, "report", "stuck");
        RunResult r = new RunResult(3, RunResult.Ending.DEADLOCK, "stuck",
                new RunSummary(500, 10, 2, 2, t.count(), 0, 0, new long[] {500}), t);
        List<JsonNode> events = events(ChromeTrace.toString(r));
        JsonNode blocked = only(events, is("X", "blocked: lock_a"));
        assertEquals(0.5, blocked.get("ts").asDouble());
        assertEquals(0.0, blocked.get("dur").asDouble());
        assertTrue(select(events, is("X", "ready")).isEmpty(), "a state left at once is no span");
        assertEquals(List.of(0.0, 0.1), select(events, is("X", "running")).stream()
                .map(e -> e.get("ts").asDouble()).toList());
    }

    @Test
    void microsecondsAreExact() {
        StringBuilder sb = new StringBuilder();
        for (long ns : new long[] {0, 1, 10, 100, 999, 1000, 1500, 1050, 1005, 123_456_789}) {
            ChromeTrace.micros(sb, ns);
            sb.append(' ');
        }
        assertEquals("0.0 0.001 0.01 0.1 0.999 1.0 1.5 1.05 1.005 123456.789 ", sb.toString());
    }

    @Test
    void identicalInputsGiveIdenticalBytes() {
        assertEquals(ChromeTrace.toString(sampleRun()), ChromeTrace.toString(sampleRun()));
    }

    @Test
    void aRunThatNeverStartedGivesAnEmptyTrace() {
        List<JsonNode> events = events(ChromeTrace.toString(new RunResult(1, RunResult.Ending.SYNTAX_ERROR, "")));
        assertTrue(events.isEmpty());
    }
}
