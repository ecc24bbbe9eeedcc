package dev.interleave.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** inspect on a real port: a finished run's and a paused run's stacks and variables, and the refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WsInspectTest {

    @Value("${local.server.port}")
    int port;

    private static Map<String, JsonNode> byName(JsonNode inspection) {
        Map<String, JsonNode> threads = new HashMap<>();
        inspection.get("threads").forEach(t -> threads.put(t.get("name").stringValue(), t));
        return threads;
    }

    @Test
    void theLastEventOfADeadlockShowsBothThreadsWhereTheyWait() {
        try (WsClient c = WsClient.connect(port)) {
            c.send(WsEndpointTest.start(WsInteractiveTest.DEADLOCK, WsInteractiveTest.CONFIG, null));
            long run = c.next("accepted").get("run").longValue();
            List<JsonNode> messages = c.untilSummary(run);
            JsonNode summary = messages.getLast();
            assertEquals(3, summary.get("exitStatus").intValue());
            long last = summary.get("events").longValue() - 1;
            c.send("{\"type\":\"inspect\",\"seq\":" + last + "}");
            JsonNode inspection = c.next("inspection");
            assertEquals(run, inspection.get("run").longValue());
            assertEquals(last, inspection.get("seq").longValue());
            Map<String, JsonNode> threads = byName(inspection);
            JsonNode one = threads.get("one").get("frames");
            JsonNode top = one.get(one.size() - 1);
            assertEquals("one", top.get("function").stringValue());
            assertEquals(7, top.get("line").intValue());
            assertEquals("main.py", top.get("file").stringValue());
            JsonNode two = threads.get("two").get("frames");
            assertEquals(12, two.get(two.size() - 1).get("line").intValue());
            assertEquals("blocked", threads.get("two").get("state").stringValue());
            JsonNode module = threads.get("MainThread").get("frames").get(0);
            assertEquals("<module>", module.get("function").stringValue());
            assertEquals("<lock a>", module.get("locals").get("a").stringValue());
        }
    }

    @Test
    void aPausedInteractiveRunCanBeInspectedBeforeThePick() {
        try (WsClient c = WsClient.connect(port)) {
            c.send(WsEndpointTest.start(WsInteractiveTest.DEADLOCK, WsInteractiveTest.CONFIG, "interactive"));
            c.next("accepted");
            JsonNode decision = c.next("decision");
            long seq = decision.get("seq").longValue() - 1;
            c.send("{\"type\":\"inspect\",\"seq\":" + seq + "}");
            JsonNode inspection = c.next("inspection");
            assertEquals(seq, inspection.get("seq").longValue());
            assertTrue(byName(inspection).containsKey("MainThread"), inspection.toString());
            c.send("{\"type\":\"continue\",\"until\":\"end\"}");
            c.next("summary");
        }
    }

    @Test
    void refusalsNameTheProblem() {
        try (WsClient c = WsClient.connect(port)) {
            c.send("{\"type\":\"inspect\",\"seq\":0}");
            JsonNode e = c.next("error");
            assertEquals("no-run", e.get("code").stringValue());
            assertEquals("there is no run to inspect", e.get("message").stringValue());
            c.send("{\"type\":\"inspect\"}");
            assertEquals("missing-field", c.next("error").get("code").stringValue());
            c.send("{\"type\":\"inspect\",\"seq\":-1}");
            assertEquals("seq must not be negative", c.next("error").get("message").stringValue());
            c.send(WsEndpointTest.start("print('hi')"));
            long run = c.next("accepted").get("run").longValue();
            long events = c.untilSummary(run).getLast().get("events").longValue();
            c.send("{\"type\":\"inspect\",\"seq\":" + events + "}");
            e = c.next("error");
            assertEquals("bad-field", e.get("code").stringValue());
            assertEquals("run " + run + " has no event " + events + " yet: it has sent " + events + " events",
                    e.get("message").stringValue());
        }
    }
}
