package dev.interleave.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.cli.CliArgs;
import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.machine.TraceJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * /ws on a real port with a real WebSocket client: streamed runs equal the CLI's trace, runs in
 * turn and replaced, cancel, and a session's resources freed when it closes. Small batches and
 * a window of two make every longer run go through flow control.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"interleave.ws.batch-events=64", "interleave.ws.window=2"})
class WsEndpointTest {

    static final String QUEUE_PROGRAM = """
            import threading, queue
            q = queue.Queue(maxsize=2)
            lock = threading.Lock()
            total = 0
            def producer(n):
                for i in range(n):
                    q.put(i)
                q.put(None)
            def consumer():
                global total
                while True:
                    item = q.get()
                    if item is None:
                        break
                    with lock:
                        total += item
            def boom():
                1 / 0
            ts = [threading.Thread(target=producer, args=(20,)), threading.Thread(target=consumer)]
            ts[1].name = "eater"
            for t in ts:
                t.start()
            b = threading.Thread(target=boom)
            b.start()
            b.join()
            for t in ts:
                t.join()
            print("total", total)
            """;

    /** Header facts that only __init__ knows: a semaphore's value, a barrier's parties (a subclass's too). */
    static final String SEMAPHORE_PROGRAM = """
            import threading
            class Gate(threading.Semaphore):
                def __init__(self):
                    print("gate")
                    super().__init__(2)
            slots = threading.BoundedSemaphore(3)
            gate = Gate()
            meet = threading.Barrier(3)
            def work():
                for _ in range(20):
                    with slots, gate:
                        pass
                meet.wait()
            ts = [threading.Thread(target=work) for _ in range(3)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            """;

    static final String LOCKS_PROGRAM = """
            import threading
            lock = threading.Lock()
            count = 0
            def work():
                global count
                for _ in range(20):
                    with lock:
                        count += 1
            threads = [threading.Thread(target=work) for _ in range(60)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(count)
            """;

    static final String SPIN = "while True:\n    pass\n";

    @Value("${local.server.port}")
    int port;

    @Autowired
    RunSocketHandler handler;

    @Autowired
    WsProperties props;

    static String start(String source, Map<String, Object> config, String mode) {
        ObjectNode m = WsClient.JSON.createObjectNode();
        m.put("type", "start");
        m.put("source", source);
        if (config != null) {
            m.set("config", WsClient.JSON.valueToTree(config));
        }
        if (mode != null) {
            m.put("mode", mode);
        }
        return m.toString();
    }

    static String start(String source) {
        return start(source, null, null);
    }

    static Stream<Arguments> programsAndConfigs() {
        return Stream.of(
                Arguments.of(QUEUE_PROGRAM, Map.of("cores", 2, "seed", 7), List.of("--cores", "2", "--seed", "7")),
                Arguments.of(QUEUE_PROGRAM, Map.of("cores", 1, "seed", 3, "switchInterval", 0.0001, "jitter", 0.1),
                        List.of("--cores", "1", "--seed", "3", "--switch-interval", "0.0001", "--jitter", "0.1")),
                Arguments.of(LOCKS_PROGRAM, Map.of("seed", 11, "policy", "round-robin", "dropAt", "checkpoint",
                        "switchIntervalNs", 200000), List.of("--seed", "11", "--policy", "round-robin", "--drop-at",
                        "checkpoint", "--switch-interval", "0.0002")),
                Arguments.of(SEMAPHORE_PROGRAM, Map.of("seed", 2), List.of("--seed", "2")),
                Arguments.of(LOCKS_PROGRAM, Map.of("gil", false, "cores", 3, "seed", 5, "timeSlice", 0.001,
                        "bytecodeNs", 20), List.of("--no-gil", "--cores", "3", "--seed", "5", "--time-slice", "0.001",
                        "--bytecode-ns", "20")));
    }

    @ParameterizedTest
    @MethodSource("programsAndConfigs")
    void streamedRunEqualsTheCliTrace(String program, Map<String, Object> config, List<String> cliOptions)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("main.py", "--trace", "out.json"));
        args.addAll(cliOptions);
        RunOptions options = CliArgs.parse(args).toRunOptions();
        CapturedRun cli = CapturedRun.of("main.py", program, options);
        JsonNode expected = WsClient.JSON.readTree(TraceJson.toString("main.py", options, cli.result()));
        assertTrue(expected.get("events").size() > 150, "a run worth streaming");

        try (WsClient c = WsClient.connect(port)) {
            c.send(start(program, config, "record"));
            JsonNode accepted = c.next("accepted");
            List<JsonNode> messages = new ArrayList<>(List.of(accepted));
            messages.addAll(c.untilSummary(accepted.get("run").longValue()));
            JsonNode streamed = StreamedTrace.of(messages);

            assertEquals(expected, streamed);
            JsonNode summary = messages.getLast();
            assertEquals(cli.stdout(), summary.get("stdout").stringValue());
            assertEquals(cli.stderr(), summary.get("stderr").stringValue());
            assertEquals(expected.get("entities").size(), summary.get("entities").intValue());
            assertEquals(expected.get("decisions").size(), summary.get("decisions").intValue());
        }
    }

    @Test
    void oneConnectionRunsProgramsInTurn() {
        try (WsClient c = WsClient.connect(port)) {
            c.send(start("print('first')"));
            long first = c.next("accepted").get("run").longValue();
            List<JsonNode> one = c.untilSummary(first);
            c.send(start(LOCKS_PROGRAM));
            long second = c.next("accepted").get("run").longValue();
            List<JsonNode> two = c.untilSummary(second);

            assertNotEquals(first, second);
            assertEquals("first\n", one.getLast().get("stdout").stringValue());
            assertEquals("1200\n", two.getLast().get("stdout").stringValue());
            long lastBatchOfFirst = maxBatch(one);
            long firstBatchOfSecond = two.stream().filter(m -> m.has("batch"))
                    .mapToLong(m -> m.get("batch").longValue()).min().orElseThrow();
            assertTrue(firstBatchOfSecond > lastBatchOfFirst, "batch numbers go on across runs");
            assertTrue(two.stream().filter(m -> m.has("batch")).count() > 20, "the longer run took many batches");
        }
    }

    @Test
    void aNewStartCancelsThePreviousRun() {
        try (WsClient c = WsClient.connect(port)) {
            c.send(start(SPIN));
            long spinning = c.next("accepted").get("run").longValue();
            c.next("started");
            c.send(start("print('second')"));
            long second = -1;
            JsonNode spinSummary = null;
            JsonNode secondSummary = null;
            while (spinSummary == null || secondSummary == null) {
                JsonNode m = c.next();
                String type = m.get("type").stringValue();
                if (type.equals("accepted")) {
                    second = m.get("run").longValue();
                } else if (type.equals("summary") && m.get("run").longValue() == spinning) {
                    spinSummary = m;
                } else if (type.equals("summary")) {
                    secondSummary = m;
                }
            }
            assertEquals("cancelled", spinSummary.get("ending").stringValue());
            assertEquals(4, spinSummary.get("exitStatus").intValue());
            assertEquals("replaced by run " + second, spinSummary.get("message").stringValue());
            assertEquals(second, secondSummary.get("run").longValue());
            assertEquals("second\n", secondSummary.get("stdout").stringValue());
        }
    }

    @Test
    void cancelStopsTheRunWithASummary() throws Exception {
        try (WsClient c = WsClient.connect(port)) {
            c.send("{\"type\":\"cancel\"}");
            assertEquals("no-run", c.next("error").get("code").stringValue());

            c.send(start(SPIN));
            long run = c.next("accepted").get("run").longValue();
            c.next("started");
            Thread.sleep(200);
            c.send("{\"type\":\"cancel\"}");
            JsonNode summary = c.untilSummary(run).getLast();
            assertEquals("cancelled", summary.get("ending").stringValue());
            assertEquals(4, summary.get("exitStatus").intValue());
            assertEquals("cancelled by the client", summary.get("message").stringValue());
            assertTrue(summary.get("bytecodes").longValue() > 0);
            assertNull(c.poll(300), "nothing after the summary");
        }
    }

    @Test
    void aClientThatDoesNotAckPausesTheRunAndAcksResumeIt() throws Exception {
        try (WsClient c = WsClient.connect(port)) {
            c.autoAck = false;
            c.send(start(LOCKS_PROGRAM));
            long run = c.next("accepted").get("run").longValue();
            List<JsonNode> data = new ArrayList<>();
            JsonNode m;
            while ((m = c.poll(500)) != null) {
                if (m.has("batch")) {
                    data.add(m);
                }
            }
            assertTrue(data.size() <= 2 + 1, "at most the window (2) plus one forced batch: " + data.size());
            c.autoAck = true;
            c.ack(maxBatch(data));
            JsonNode summary = c.untilSummary(run).getLast();
            assertEquals("1200\n", summary.get("stdout").stringValue());
        }
    }

    @Test
    void aQueuedRunGetsItsTurnWhileLongRunsGoOn() {
        int running = props.runningLimit();
        List<WsClient> spinners = new ArrayList<>();
        try (WsClient c = WsClient.connect(port)) {
            for (int i = 0; i < running; i++) {
                WsClient s = WsClient.connect(port);
                spinners.add(s);
                s.send(start(SPIN));
                s.next("started");
            }
            c.send(start("print('my turn')"));
            JsonNode accepted = c.next("accepted");
            assertEquals(1, accepted.get("position").intValue(), "every permit is taken: it queues");
            JsonNode summary = c.untilSummary(accepted.get("run").longValue()).getLast();
            assertEquals("my turn\n", summary.get("stdout").stringValue());
            for (WsClient s : spinners) {
                assertNull(s.inbox.stream().filter(m -> m.get("type").stringValue().equals("summary")).findAny()
                        .orElse(null), "the long runs go on");
            }
        } finally {
            spinners.forEach(WsClient::close);
        }
    }

    @Test
    void closingConnectionsFreesEverythingTheyHeld() throws Exception {
        for (int i = 0; i < 2000; i++) {
            WsClient c = WsClient.connect(port);
            if (i % 10 == 0) {
                c.send(start(SPIN));
                c.next("accepted");
            }
            if (i % 2 == 0) {
                c.close();
            } else {
                c.abort();
            }
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while ((handler.openConnections() > 0 || handler.liveRuns() > 0 || handler.addresses() > 0)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, handler.openConnections(), "connections");
        assertEquals(0, handler.liveRuns(), "runs");
        assertEquals(0, handler.addresses(), "addresses");
    }

    @Test
    void metricsCountConnectionsAndRuns() throws Exception {
        try (WsClient c = WsClient.connect(port)) {
            c.send(start(SPIN));
            c.next("started");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/metrics/interleave.ws.runs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            JsonNode value = WsClient.JSON.readTree(r.body()).get("measurements").get(0).get("value");
            assertTrue(value.doubleValue() >= 1, r.body());
            c.send("{\"type\":\"cancel\"}");
            c.next("summary");
        }
    }

    static long maxBatch(List<JsonNode> messages) {
        return messages.stream().filter(m -> m.has("batch")).mapToLong(m -> m.get("batch").longValue()).max()
                .orElse(-1);
    }
}
