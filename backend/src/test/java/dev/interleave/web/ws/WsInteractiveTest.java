package dev.interleave.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.machine.MachineConfig;
import dev.interleave.machine.TraceJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Interactive mode on a real port: stepping into a deadlock by picks, continue, cancel, wrong picks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WsInteractiveTest {

    /** Two threads take two locks in opposite orders; the spin makes the GIL change hands between them. */
    static final String DEADLOCK = """
            import threading
            a = threading.Lock()
            b = threading.Lock()
            def one():
                with a:
                    for _ in range(3000): pass
                    with b:
                        print("one")
            def two():
                with b:
                    for _ in range(3000): pass
                    with a:
                        print("two")
            t1 = threading.Thread(target=one, name="one")
            t2 = threading.Thread(target=two, name="two")
            t1.start()
            t2.start()
            t1.join()
            t2.join()
            """;

    static final Map<String, Object> CONFIG = Map.of("cores", 1, "switchInterval", 0.00002, "seed", 1);

    @Value("${local.server.port}")
    int port;

    @Test
    void steppingByPicksIntoADeadlock() {
        try (WsClient c = WsClient.connect(port)) {
            c.send(WsEndpointTest.start(DEADLOCK, CONFIG, "interactive"));
            JsonNode accepted = c.next("accepted");
            long run = accepted.get("run").longValue();
            assertEquals("interactive", accepted.get("config").get("policy").stringValue());
            List<JsonNode> messages = new ArrayList<>(List.of(accepted));
            List<Integer> picks = new ArrayList<>();
            while (true) {
                JsonNode m = c.next();
                messages.add(m);
                String type = m.get("type").stringValue();
                if (type.equals("summary")) {
                    break;
                }
                if (type.equals("decision")) {
                    assertEquals(run, m.get("run").longValue());
                    assertEquals(picks.size(), m.get("decision").intValue());
                    JsonNode options = m.get("options");
                    assertTrue(options.size() >= 2);
                    // prefer the thread that did not run last: the locks are taken in turn
                    JsonNode chosen = options.get(options.size() - 1);
                    for (JsonNode o : options) {
                        assertTrue(o.has("name") && o.has("line") && o.has("thread"));
                        if (o.get("name").stringValue().equals("two") && picks.size() % 2 == 1) {
                            chosen = o;
                        }
                    }
                    int thread = chosen.get("thread").intValue();
                    picks.add(thread);
                    c.send("{\"type\":\"pick\",\"thread\":" + thread + ",\"decision\":" + m.get("decision") + "}");
                }
            }
            JsonNode summary = messages.getLast();
            assertEquals(3, summary.get("exitStatus").intValue());
            assertEquals("deadlock", summary.get("ending").stringValue());
            String report = summary.get("message").stringValue();
            assertTrue(report.contains("one (line 7) waits for Lock b, held by two"), report);
            assertTrue(report.contains("two (line 12) waits for Lock a, held by one"), report);
            assertTrue(summary.get("stderr").stringValue().contains("deadlock"));
            assertFalse(picks.isEmpty());

            // every pick is in the decision list, and the list replays the run exactly
            JsonNode streamed = StreamedTrace.of(messages);
            List<Integer> chosen = new ArrayList<>();
            streamed.get("decisions").forEach(d -> chosen.add(d.get("chosen").intValue()));
            assertEquals(picks, chosen);
            RunOptions replay = RunOptions.defaults().withMachine(MachineConfig.defaults().withCores(1)
                    .withSwitchInterval(20_000)).withSeed(1).withReplay(picks).withKeepTrace(true);
            CapturedRun again = CapturedRun.of("main.py", DEADLOCK, replay);
            ObjectNode expected = (ObjectNode) WsClient.JSON.readTree(TraceJson.toString("main.py", replay,
                    again.result()));
            ((ObjectNode) expected.get("config")).put("policy", "interactive");
            assertEquals(StreamedTrace.normalised(expected), streamed);
        }
    }

    @Test
    void continueUntilBlockingThenToTheEnd() {
        try (WsClient c = WsClient.connect(port)) {
            c.send(WsEndpointTest.start(DEADLOCK, CONFIG, "interactive"));
            long run = c.next("accepted").get("run").longValue();
            c.next("decision");
            c.send("{\"type\":\"continue\",\"until\":\"blocking\"}");
            boolean blockedBefore = false;
            JsonNode m;
            while (!(m = c.next()).get("type").stringValue().equals("decision")) {
                assertFalse(m.get("type").stringValue().equals("summary"), "stops again at the next decision");
                if (m.get("type").stringValue().equals("events")) {
                    for (ObjectNode e : StreamedTrace.decode(m)) {
                        String state = e.has("state") ? e.get("state").stringValue() : "";
                        blockedBefore |= state.equals("blocked") || state.equals("sleeping");
                    }
                }
            }
            assertTrue(blockedBefore, "a thread blocked before the server asked again");
            c.send("{\"type\":\"continue\",\"until\":\"end\"}");
            List<JsonNode> rest = c.untilSummary(run);
            assertTrue(rest.stream().noneMatch(x -> x.get("type").stringValue().equals("decision")));
            assertEquals(3, rest.getLast().get("exitStatus").intValue());
        }
    }

    @Test
    void wrongPicksAreRefusedAndTheDecisionStillWaits() {
        try (WsClient c = WsClient.connect(port)) {
            c.send("{\"type\":\"pick\",\"thread\":1}");
            assertEquals("no-run", c.next("error").get("code").stringValue());
            c.send(WsEndpointTest.start("print(1)"));
            long recorded = c.next("accepted").get("run").longValue();
            c.untilSummary(recorded);

            c.send(WsEndpointTest.start(DEADLOCK, CONFIG, "interactive"));
            long run = c.next("accepted").get("run").longValue();
            JsonNode decision = c.next("decision");
            c.send("{\"type\":\"pick\",\"thread\":999}");
            JsonNode bad = c.next("error");
            assertEquals("bad-pick", bad.get("code").stringValue());
            assertEquals(run, bad.get("run").longValue());
            c.send("{\"type\":\"pick\",\"thread\":1,\"decision\":42}");
            assertEquals("stale-pick", c.next("error").get("code").stringValue());
            int first = decision.get("options").get(0).get("thread").intValue();
            c.send("{\"type\":\"pick\",\"thread\":" + first + "}");
            JsonNode next = c.next("decision");
            assertEquals(1, next.get("decision").intValue());
            c.send("{\"type\":\"cancel\"}");
            JsonNode summary = c.untilSummary(run).getLast();
            assertEquals("cancelled", summary.get("ending").stringValue());
            c.send("{\"type\":\"pick\",\"thread\":1}");
            assertEquals("no-run", c.next("error").get("code").stringValue());
        }
    }

    @Test
    void continueInRecordModeIsRefused() {
        try (WsClient c = WsClient.connect(port)) {
            c.send(WsEndpointTest.start(WsEndpointTest.SPIN));
            long run = c.next("accepted").get("run").longValue();
            c.send("{\"type\":\"continue\",\"until\":\"end\"}");
            assertEquals("not-interactive", c.next("error").get("code").stringValue());
            c.send("{\"type\":\"cancel\"}");
            c.untilSummary(run);
        }
    }
}
