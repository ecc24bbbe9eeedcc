package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.engine.RunSummary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TraceJsonTest {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static final String TRICKY = "he said \"hi\" \\ back\nslash\ttab\r\u0001\u001f\u007f ünïcode 中文 😀";

    /** A small hand-made run: one process, two threads, a lock, a queue, a decision. */
    static RunResult sampleRun() {
        Trace trace = new Trace(true, 1000);
        int p = trace.entity("process", "MainProcess", 0, -1, "pid", 1000, "cores", 2, "gil", true);
        int main = trace.entity("thread", "MainThread", 0, p, "daemon", false, "main", true);
        int worker = trace.entity("thread", "Thread-1 (work)", 7, p, "daemon", true, "main", false);
        int lock = trace.entity("lock", "lock_a", 3, p);
        int queue = trace.entity("queue", "q \"the\" queue", 4, p, "maxsize", 3, "name", "clash");
        trace.emitAt(0, main, "thread.create", main, 0, "name", "MainThread", "daemon", false);
        trace.emitAt(0, main, "thread.state", main, 0, "state", "running", "core", 0);
        trace.emitAt(60_000, main, "thread.create", worker, 8, "name", "Thread-1 (work)", "daemon", true);
        trace.decision(new Decision(trace.nextSeq(), SchedulePolicy.Kind.CORE, List.of(main, worker), worker));
        trace.emitAt(61_000, main, "lock.acquire", lock, 9, "holder", main, "waiters", List.of());
        trace.emitAt(62_000, worker, "thread.state", worker, 0, "state", "blocked", "on", lock, "reason", "acquire");
        trace.emitAt(63_000, main, "stdout", -1, 10, "text", TRICKY);
        List<Object> contents = new ArrayList<>(Arrays.asList(1, "two", 3.5, null, true));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", List.of(2L, 3L));
        trace.emitAt(64_000, main, "queue.put", queue, 11, "items", contents, "ints", new int[] {1, 2},
                "longs", new long[] {3L, Long.MAX_VALUE}, "objects", new Object[] {"x", 4, null}, "ratio", 0.25,
                "nan", Double.NaN, "map", map, "kind", "clash", "status", Status.GIL_WAIT, "lone", "a\ud800b");
        trace.emitAt(10, -1, "deadlock", -1, 0, "report", "deadlock: every thread is blocked\n  cycle: A -> A\n");
        RunSummary summary = new RunSummary(70_000, 123, 2, 2, trace.count(), 4, 1, new long[] {64_000, 5});
        return new RunResult(3, RunResult.Ending.DEADLOCK, "deadlock: every thread is blocked\n", summary, trace);
    }

    static RunOptions options() {
        return RunOptions.defaults().withSeed(42).withKeepTrace(true);
    }

    static JsonNode parse(String text) {
        return JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headerConfigAndSummary() {
        String text = TraceJson.toString("demo.py", options(), sampleRun());
        assertTrue(text.startsWith("{\"format\":\"interleave-trace\",\"version\":1,\n"), text);
        assertTrue(text.endsWith("}\n"));
        JsonNode root = parse(text);
        assertEquals(List.of("format", "version", "program", "config", "entities", "events", "decisions", "summary"),
                List.copyOf(root.propertyNames()));
        assertEquals("interleave-trace", root.get("format").stringValue());
        assertEquals(1, root.get("version").asInt());
        assertEquals("demo.py", root.get("program").get("file").stringValue());

        JsonNode config = root.get("config");
        MachineConfig m = MachineConfig.defaults();
        assertEquals(m.cores(), config.get("cores").asInt());
        assertTrue(config.get("gil").isBoolean());
        assertEquals(m.switchIntervalNs(), config.get("switchIntervalNs").asLong());
        assertEquals(m.timeSliceNs(), config.get("timeSliceNs").asLong());
        assertEquals(m.bytecodeNs(), config.get("bytecodeNs").asLong());
        assertEquals(m.threadStartNs(), config.get("threadStartNs").asLong());
        assertEquals(m.contextSwitchNs(), config.get("contextSwitchNs").asLong());
        assertEquals(m.threadMemoryBytes(), config.get("threadMemoryBytes").asLong());
        assertEquals(m.jitter(), config.get("jitter").asDouble());
        assertEquals("bytecode", config.get("dropAt").stringValue());
        assertEquals(m.quantumNs(), config.get("quantumNs").asLong());
        assertEquals(42, config.get("seed").asLong());
        assertEquals("random", config.get("policy").stringValue());
        assertEquals("fork", config.get("startMethod").stringValue());

        JsonNode summary = root.get("summary");
        assertEquals(3, summary.get("exitStatus").asInt());
        assertEquals("deadlock", summary.get("ending").stringValue());
        assertEquals("deadlock: every thread is blocked\n", summary.get("message").stringValue());
        assertEquals(70_000, summary.get("virtualNanos").asLong());
        assertEquals(123, summary.get("bytecodes").asLong());
        assertEquals(2, summary.get("threads").asInt());
        assertEquals(2, summary.get("peakThreads").asInt());
        assertEquals(8, summary.get("events").asLong());
        assertEquals(4, summary.get("contextSwitches").asLong());
        assertEquals(1, summary.get("gilHandovers").asLong());
        assertEquals(2, summary.get("coreBusyNanos").size());
        assertEquals(64_000, summary.get("coreBusyNanos").get(0).asLong());
    }

    @Test
    void entitiesShareOneIdSpace() {
        JsonNode entities = parse(TraceJson.toString("demo.py", options(), sampleRun())).get("entities");
        assertEquals(5, entities.size());
        String[] kinds = {"process", "thread", "thread", "lock", "queue"};
        for (int i = 0; i < entities.size(); i++) {
            JsonNode e = entities.get(i);
            assertEquals(i, e.get("id").asInt());
            assertEquals(kinds[i], e.get("kind").stringValue());
        }
        JsonNode process = entities.get(0);
        assertEquals(-1, process.get("process").asInt());
        assertEquals(1000, process.get("pid").asInt());
        assertEquals(2, process.get("cores").asInt());
        JsonNode worker = entities.get(2);
        assertEquals("Thread-1 (work)", worker.get("name").stringValue());
        assertEquals(7, worker.get("line").asInt());
        assertEquals(0, worker.get("process").asInt());
        assertTrue(worker.get("daemon").asBoolean());
        JsonNode queue = entities.get(4);
        assertEquals("q \"the\" queue", queue.get("name").stringValue());
        assertEquals(3, queue.get("maxsize").asInt());
        // a fact named like a fixed key does not repeat the key
        assertEquals("clash", queue.get("fact.name").stringValue());
    }

    @Test
    void eventsInSeqOrderWithOptionalFieldsOmitted() {
        String text = TraceJson.toString("demo.py", options(), sampleRun());
        JsonNode events = parse(text).get("events");
        assertEquals(8, events.size());
        long lastT = -1;
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            assertEquals(i, e.get("seq").asLong());
            assertTrue(e.get("t").asLong() >= lastT, "times never go backwards");
            lastT = e.get("t").asLong();
            List<String> keys = List.copyOf(e.propertyNames());
            assertEquals(List.of("seq", "t", "kind"), keys.subList(0, 3));
        }
        JsonNode create = events.get(0);
        assertEquals("thread.create", create.get("kind").stringValue());
        assertEquals(1, create.get("actor").asInt());
        assertEquals(1, create.get("obj").asInt());
        assertFalse(create.has("line"), "line 0 is omitted");
        JsonNode blocked = events.get(4);
        assertEquals("blocked", blocked.get("state").stringValue());
        assertEquals(3, blocked.get("on").asInt());
        assertEquals("acquire", blocked.get("reason").stringValue());
        JsonNode stdout = events.get(5);
        assertFalse(stdout.has("obj"), "obj -1 is omitted");
        assertEquals(10, stdout.get("line").asInt());
        JsonNode deadlock = events.get(7);
        assertEquals("deadlock", deadlock.get("kind").stringValue());
        assertFalse(deadlock.has("actor"), "actor -1 is omitted");
        assertFalse(deadlock.has("obj"));
        assertFalse(deadlock.has("line"));
        assertEquals(64_000, deadlock.get("t").asLong(), "an earlier time is moved up to the last event's");
        assertTrue(deadlock.get("report").stringValue().contains("cycle: A -> A\n"));

        // one event a line
        String[] lines = text.split("\n");
        int first = Arrays.asList(lines).indexOf("\"events\":[");
        assertTrue(first > 0, text);
        for (int i = 0; i < 8; i++) {
            assertTrue(lines[first + 1 + i].startsWith("{\"seq\":" + i + ","), lines[first + 1 + i]);
        }
        assertEquals("],", lines[first + 9]);
    }

    @Test
    void detailValuesOfEveryType() {
        String text = TraceJson.toString("demo.py", options(), sampleRun());
        JsonNode put = parse(text).get("events").get(6);
        assertEquals("queue.put", put.get("kind").stringValue());
        JsonNode items = put.get("items");
        assertEquals(5, items.size());
        assertEquals(1, items.get(0).asInt());
        assertEquals("two", items.get(1).stringValue());
        assertEquals(3.5, items.get(2).asDouble());
        assertTrue(items.get(3).isNull());
        assertTrue(items.get(4).asBoolean());
        assertEquals("[1,2]", put.get("ints").toString());
        assertEquals(Long.MAX_VALUE, put.get("longs").get(1).asLong());
        assertEquals("[\"x\",4,null]", put.get("objects").toString());
        assertEquals(0.25, put.get("ratio").asDouble());
        assertEquals("NaN", put.get("nan").stringValue());
        assertEquals(List.of("z", "a"), List.copyOf(put.get("map").propertyNames()));
        assertEquals("clash", put.get("detail.kind").stringValue());
        assertEquals("queue.put", put.get("kind").stringValue());
        assertEquals("gil-wait", put.get("status").stringValue());
        assertTrue(text.contains("\"lone\":\"a\\ud800b\""), "a lone surrogate is escaped, not mangled");
    }

    @Test
    void stringsAreEscapedPerRfc8259() {
        String text = TraceJson.toString("dir/\"odd\"\n.py", options(), sampleRun());
        JsonNode root = parse(text);
        assertEquals("dir/\"odd\"\n.py", root.get("program").get("file").stringValue());
        assertEquals(TRICKY, root.get("events").get(5).get("text").stringValue());
        assertTrue(text.contains("\\\"hi\\\" \\\\ back\\nslash\\ttab\\r\\u0001\\u001f\\u007f ünïcode 中文 😀"), text);
        for (char c : text.toCharArray()) {
            assertTrue(c >= 0x20 || c == '\n', "no raw control character: " + (int) c);
        }
    }

    @Test
    void decisions() {
        JsonNode decisions = parse(TraceJson.toString("demo.py", options(), sampleRun())).get("decisions");
        assertEquals(1, decisions.size());
        JsonNode d = decisions.get(0);
        assertEquals(3, d.get("seq").asLong());
        assertEquals("core", d.get("kind").stringValue());
        assertEquals("[1,2]", d.get("options").toString());
        assertEquals(2, d.get("chosen").asInt());
    }

    @Test
    void identicalInputsGiveIdenticalBytes() throws Exception {
        String a = TraceJson.toString("demo.py", options(), sampleRun());
        String b = TraceJson.toString("demo.py", options(), sampleRun());
        assertEquals(a, b);
        StringBuilder streamed = new StringBuilder();
        TraceJson.write(streamed, "demo.py", options(), sampleRun());
        assertEquals(a, streamed.toString());
    }

    @Test
    void replayIsNamedAsThePolicy() {
        RunOptions o = options().withReplay(List.of(2, 1)).withMachine(
                MachineConfig.defaults().withDropAt(MachineConfig.DropPoint.CHECKPOINT).withGil(false));
        JsonNode config = parse(TraceJson.toString("demo.py", o, sampleRun())).get("config");
        assertEquals("replay", config.get("policy").stringValue());
        assertEquals("checkpoint", config.get("dropAt").stringValue());
        assertFalse(config.get("gil").asBoolean());
    }

    @Test
    void aRunThatNeverStartedStillGivesAValidFile() {
        RunResult syntaxError = new RunResult(1, RunResult.Ending.SYNTAX_ERROR, "");
        JsonNode root = parse(TraceJson.toString("bad.py", options(), syntaxError));
        assertEquals(0, root.get("entities").size());
        assertEquals(0, root.get("events").size());
        assertEquals(0, root.get("decisions").size());
        assertEquals("syntax-error", root.get("summary").get("ending").stringValue());
        assertFalse(root.get("summary").has("message"));
        assertFalse(root.get("summary").has("virtualNanos"));
    }

    @Test
    void aTraceWithoutItsEventsIsRefused() {
        Trace counted = new Trace(false, 1000);
        counted.entity("process", "MainProcess", 0, -1);
        counted.emitAt(0, -1, "x", -1, 0);
        RunResult r = new RunResult(0, RunResult.Ending.FINISHED, "",
                new RunSummary(0, 0, 1, 1, 1, 0, 0, new long[] {0}), counted);
        assertThrows(IllegalArgumentException.class, () -> TraceJson.toString("t.py", options(), r));
    }

    static final String LOCK_PROGRAM = """
            import sys, threading
            sys.setswitchinterval(0.00005)
            lock_a = threading.Lock()
            counter = 0
            def work(n):
                global counter
                for i in range(n):
                    with lock_a:
                        counter += 1
            threads = [threading.Thread(target=work, args=(3000,)) for _ in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print("counter", counter)
            """;

    /** A real run: three threads and a Lock on one core; the trace, its replay and its Chrome export. */
    @Test
    void endToEndThreadsWithALock() {
        RunOptions opts = RunOptions.defaults().withKeepTrace(true).withCores(1).withSeed(7);
        CapturedRun run = CapturedRun.of("t.py", LOCK_PROGRAM, opts);
        assertEquals("counter 9000\n", run.stdout(), run.stderr());
        assertEquals(RunResult.Ending.FINISHED, run.result().ending());
        String text = TraceJson.toString("t.py", opts, run.result());
        assertEquals(text, TraceJson.toString("t.py", opts, CapturedRun.of("t.py", LOCK_PROGRAM, opts).result()),
                "same source, config and seed: same bytes");

        JsonNode root = parse(text);
        Map<String, Integer> ids = new HashMap<>();
        for (JsonNode e : root.get("entities")) {
            ids.put(e.get("kind").stringValue() + ":" + e.get("name").stringValue(), e.get("id").asInt());
        }
        assertTrue(ids.containsKey("process:MainProcess"), ids.toString());
        assertTrue(ids.containsKey("thread:MainThread"), ids.toString());
        assertTrue(ids.containsKey("thread:Thread-3 (work)"), ids.toString());
        int lock = ids.get("lock:lock_a");
        JsonNode events = root.get("events");
        assertEquals(run.result().summary().events(), events.size());
        int acquires = 0;
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            assertEquals(i, e.get("seq").asLong());
            if (e.get("kind").stringValue().equals("lock.acquire")) {
                assertEquals(lock, e.get("obj").asInt());
                assertEquals(e.get("actor").asInt(), e.get("holder").asInt());
                acquires++;
            }
        }
        assertEquals(9000, acquires);

        // replaying the recorded choices gives the same run
        List<Integer> chosen = new ArrayList<>();
        root.get("decisions").forEach(d -> chosen.add(d.get("chosen").asInt()));
        assertFalse(chosen.isEmpty(), "three threads on one core make the policy choose");
        RunOptions replay = opts.withReplay(chosen);
        String replayed = TraceJson.toString("t.py", replay, CapturedRun.of("t.py", LOCK_PROGRAM, replay).result());
        assertEquals(text.replace("\"policy\":\"random\"", "\"policy\":\"replay\""), replayed);

        // the Chrome export: blocked spans name the lock, and no lane has overlapping spans
        List<JsonNode> chrome = ChromeTraceTest.events(ChromeTrace.toString(run.result()));
        assertFalse(ChromeTraceTest.select(chrome, ChromeTraceTest.is("X", "blocked: lock_a")).isEmpty());
        assertFalse(ChromeTraceTest.select(chrome, ChromeTraceTest.is("M", "thread_name")
                .and(e -> e.get("args").get("name").stringValue().equals("Thread-1 (work)"))).isEmpty());
        Map<String, List<JsonNode>> lanes = new HashMap<>();
        for (JsonNode e : chrome) {
            if (e.get("ph").stringValue().equals("X")) {
                lanes.computeIfAbsent(e.get("pid") + "/" + e.get("tid"), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<JsonNode> lane : lanes.values()) {
            List<JsonNode> sorted = lane.stream().sorted(Comparator.comparingDouble(e -> e.get("ts").asDouble()))
                    .toList();
            for (int i = 1; i < sorted.size(); i++) {
                JsonNode a = sorted.get(i - 1);
                double end = a.get("ts").asDouble() + a.get("dur").asDouble();
                assertTrue(end <= sorted.get(i).get("ts").asDouble() + 1e-6, a + " overlaps " + sorted.get(i));
            }
        }
    }
}
