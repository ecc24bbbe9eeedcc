package dev.interleave.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The server's limits: one run at a time (and no preemption, so the queue stands still), a queue
 * with places, per-address runs, message rate, origins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interleave.ws.max-running=1", "interleave.ws.run-quantum=1h", "interleave.ws.max-runs-per-address=3",
        "interleave.ws.queue-update-interval=50ms", "interleave.ws.allowed-origins=http://allowed.example"})
class WsLimitsTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void runsBeyondTheLimitQueueAndHearTheirPlace() {
        try (WsClient a = WsClient.connect(port); WsClient b = WsClient.connect(port);
                WsClient c = WsClient.connect(port); WsClient d = WsClient.connect(port)) {
            a.send(WsEndpointTest.start(WsEndpointTest.SPIN));
            JsonNode runA = a.next("accepted");
            assertEquals(0, runA.get("position").intValue());
            a.next("events"); // past its first event, a run keeps its permit (no quantum here)
            b.send(WsEndpointTest.start("print('b')"));
            assertEquals(1, b.next("accepted").get("position").intValue());
            c.send(WsEndpointTest.start("print('c')"));
            long runC = c.next("accepted").get("run").longValue();
            d.send(WsEndpointTest.start("print('d')"));
            JsonNode refused = d.next("error");
            assertEquals("too-many-runs", refused.get("code").stringValue());

            b.send("{\"type\":\"cancel\"}");
            assertEquals("cancelled", b.next("summary").get("ending").stringValue());
            JsonNode moved = c.next("queued");
            assertEquals(1, moved.get("position").intValue());
            assertEquals(runC, moved.get("run").longValue());

            a.send("{\"type\":\"cancel\"}");
            a.next("summary");
            c.next("started");
            assertEquals("c\n", c.next("summary").get("stdout").stringValue());
        }
    }

    @Test
    void aRunWaitingForAPickLetsOthersRun() {
        try (WsClient a = WsClient.connect(port); WsClient b = WsClient.connect(port)) {
            a.send(WsEndpointTest.start(WsInteractiveTest.DEADLOCK, WsInteractiveTest.CONFIG, "interactive"));
            long runA = a.next("accepted").get("run").longValue();
            a.next("decision");
            b.send(WsEndpointTest.start("print('meanwhile')"));
            assertEquals(0, b.next("accepted").get("position").intValue());
            assertEquals("meanwhile\n", b.next("summary").get("stdout").stringValue());
            a.send("{\"type\":\"continue\",\"until\":\"end\"}");
            assertEquals(3, a.untilSummary(runA).getLast().get("exitStatus").intValue());
        }
    }

    @Test
    void tooManyMessagesAreDroppedWithOneError() throws Exception {
        try (WsClient c = WsClient.connect(port)) {
            for (int i = 0; i < 100; i++) {
                c.send("{\"type\":\"cancel\"}");
            }
            int noRun = 0;
            int limited = 0;
            JsonNode m;
            while ((m = c.poll(500)) != null) {
                String code = m.get("code").stringValue();
                if (code.equals("no-run")) {
                    noRun++;
                } else if (code.equals("rate-limited")) {
                    limited++;
                    assertTrue(m.get("message").stringValue().contains("dropped"));
                }
            }
            assertTrue(noRun >= 40 && noRun < 100, "the burst is answered: " + noRun);
            assertEquals(1, limited, "one rate-limited error a second at most");
            Thread.sleep(1100);
            WsBadInputTest.stillWorks(c);
        }
    }

    @Test
    void otherOriginsAreRefusedUnlessAllowed() {
        CompletionException refused = assertThrows(CompletionException.class,
                () -> WsClient.connect(port, "http://evil.example"));
        WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class,
                refused.getCause());
        assertEquals(403, handshake.getResponse().statusCode());
        try (WsClient allowed = WsClient.connect(port, "http://allowed.example");
                WsClient same = WsClient.connect(port, "http://localhost:" + port);
                WsClient none = WsClient.connect(port)) {
            WsBadInputTest.stillWorks(allowed);
            WsBadInputTest.stillWorks(same);
            WsBadInputTest.stillWorks(none);
        }
    }
}
