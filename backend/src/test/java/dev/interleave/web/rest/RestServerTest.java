package dev.interleave.web.rest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST endpoints and the actuator on the whole server, over a real port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void theGalleryAndAScenario() throws Exception {
        HttpResponse<String> list = get("/api/scenarios");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode gallery = json(list);
        assertTrue(gallery.size() >= 6, list.body());

        String id = gallery.get(2).get("id").stringValue();
        HttpResponse<String> one = get("/api/scenarios/" + id);
        assertEquals(200, one.statusCode());
        JsonNode scenario = json(one);
        assertFalse(scenario.get("source").stringValue().isBlank());
        assertEquals(ConfigFields.fields().size(), scenario.get("config").size());
        assertNull(list.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> missing = get("/api/scenarios/nope");
        assertEquals(404, missing.statusCode());
        assertEquals("there is no scenario 'nope'", json(missing).get("error").stringValue());
    }

    @Test
    void aScenarioRunsThroughTheRunEndpointAsItDeclares() throws Exception {
        JsonNode scenario = json(get("/api/scenarios/barrier-hikers"));
        String body = JSON.writeValueAsString(java.util.Map.of("source", scenario.get("source").stringValue(),
                "seed", scenario.get("config").get("seed").longValue(),
                "cores", scenario.get("config").get("cores").intValue()));

        HttpResponse<String> run = post("/api/run", body);

        assertEquals(200, run.statusCode(), run.body());
        assertEquals(scenario.get("exitStatus").intValue(), json(run).get("exitStatus").intValue(), run.body());
        assertTrue(json(run).get("stdout").stringValue().endsWith("all three stood on the summit together\n"));

        HttpResponse<String> accepted = get("/actuator/metrics/" + RunMetrics.ACCEPTED);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(json(accepted).get("measurements").get(0).get("value").doubleValue() >= 1, accepted.body());
    }

    @Test
    void checkAndDefaults() throws Exception {
        HttpResponse<String> ok = post("/api/check", "{\"source\": \"print(1)\\n\"}");
        assertEquals(200, ok.statusCode());
        assertEquals("{\"ok\":true}", ok.body());

        HttpResponse<String> bad = post("/api/check", "{\"source\": \"for\\n\"}");
        assertEquals(200, bad.statusCode());
        assertEquals("SyntaxError", json(bad).get("error").get("type").stringValue());
        assertEquals(1, json(bad).get("error").get("line").intValue());

        HttpResponse<String> malformed = post("/api/check", "{\"source\": ");
        assertEquals(400, malformed.statusCode());
        assertTrue(json(malformed).get("error").stringValue().startsWith("the request body is not valid JSON"));

        HttpResponse<String> defaults = get("/api/config/defaults");
        assertEquals(200, defaults.statusCode());
        assertEquals(ConfigFields.fields().size(), json(defaults).get("fields").size());
    }

    @Test
    void actuatorExposesHealthMetricsAndInfo() throws Exception {
        assertEquals(200, get("/actuator/health").statusCode());
        assertEquals(200, get("/actuator/info").statusCode());

        HttpResponse<String> metrics = get("/actuator/metrics");
        assertEquals(200, metrics.statusCode());
        for (String name : new String[] {RunMetrics.ACCEPTED, RunMetrics.RUNNING, RunMetrics.QUEUED, "jvm.memory.used"}) {
            assertTrue(metrics.body().contains("\"" + name + "\""), name + " missing in " + metrics.body());
        }
        HttpResponse<String> running = get("/actuator/metrics/" + RunMetrics.RUNNING);
        assertEquals(200, running.statusCode());
        assertEquals(0.0, json(running).get("measurements").get(0).get("value").doubleValue(), 1.0);

        assertEquals(404, get("/actuator/env").statusCode(), "only health, metrics and info are exposed");
        assertEquals(404, get("/actuator/beans").statusCode(), "only health, metrics and info are exposed");
    }
}
