package dev.interleave.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** Every kind of bad input gets an error message naming the problem, and the connection goes on working. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WsBadInputTest {

    @Value("${local.server.port}")
    int port;

    static Stream<Arguments> badMessages() {
        return Stream.of(
                Arguments.of("{not json", "bad-json", null, "not valid JSON"),
                Arguments.of("[1, 2]", "bad-message", null, "JSON object"),
                Arguments.of("{\"source\": \"print(1)\"}", "missing-field", "type", "\"type\""),
                Arguments.of("{\"type\": 5}", "bad-field", "type", "type must be a string"),
                Arguments.of("{\"type\": \"launch\"}", "unknown-type", "type", "unknown message type 'launch'"),
                Arguments.of("{\"type\": \"start\"}", "missing-field", "source", "\"source\""),
                Arguments.of("{\"type\": \"start\", \"source\": 42}", "bad-field", "source", "source must be a string"),
                Arguments.of("{\"type\": \"start\", \"source\": \"\", \"mode\": \"fast\"}", "bad-field", "mode",
                        "mode must be"),
                Arguments.of("{\"type\": \"pick\"}", "missing-field", "thread", "\"thread\""),
                Arguments.of("{\"type\": \"pick\", \"thread\": \"one\"}", "bad-field", "thread", "whole number"),
                Arguments.of("{\"type\": \"continue\"}", "missing-field", "until", "\"until\""),
                Arguments.of("{\"type\": \"continue\", \"until\": \"later\"}", "bad-field", "until", "until must be"),
                Arguments.of("{\"type\": \"ack\"}", "missing-field", "upTo", "\"upTo\""),
                Arguments.of("{\"type\": \"ack\", \"upTo\": -2}", "bad-field", "upTo", "negative"),
                Arguments.of("{\"type\": \"ack\", \"upTo\": 999999}", "bad-ack", "upTo", "has not been sent"));
    }

    @ParameterizedTest
    @MethodSource("badMessages")
    void badMessageGetsAnErrorAndTheConnectionStaysUsable(String message, String code, String field, String text) {
        try (WsClient c = WsClient.connect(port)) {
            c.send(message);
            expectError(c, code, field, text);
            stillWorks(c);
        }
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of(Map.of("cores", 0), "config.cores", "cores must be between 1 and 64, not 0"),
                Arguments.of(Map.of("cores", 1.5), "config.cores", "cores must be a whole number"),
                Arguments.of(Map.of("core", 2), "config.core", "unknown config field 'core'"),
                Arguments.of(Map.of("gil", "no"), "config.gil", "gil must be true or false"),
                Arguments.of(Map.of("switchInterval", -1), "config.switchInterval", "more than 0"),
                Arguments.of(Map.of("timeSlice", 100), "config.timeSlice", "at most 60 seconds"),
                Arguments.of(Map.of("timeSlice", 5), "config.timeSlice",
                        "timeSlice (seconds) is out of range: timeSliceNs must be between 1000 and 1000000000"),
                Arguments.of(Map.of("switchIntervalNs", 10), "config.switchIntervalNs",
                        "switchIntervalNs must be between 1000 and 1000000000, not 10"),
                Arguments.of(Map.of("switchInterval", 0.001, "switchIntervalNs", 1000000), "config.switchInterval",
                        "give switchInterval (seconds) or switchIntervalNs, not both"),
                Arguments.of(Map.of("seed", -1), "config.seed", "seed must be between 0"),
                Arguments.of(Map.of("startMethod", "forkserver"), "config.startMethod", "startMethod must be one of fork, spawn"),
                Arguments.of(Map.of("policy", "fair"), "config.policy", "policy must be one of random, round-robin"),
                Arguments.of(Map.of("jitter", 2), "config.jitter", "jitter must be between 0.0 and 0.5, not 2"),
                Arguments.of(Map.of("dropAt", "never"), "config.dropAt", "dropAt must be one of bytecode, checkpoint"),
                Arguments.of(Map.of("bytecodeNs", 0), "config.bytecodeNs", "between 1 and 1000000"),
                Arguments.of(Map.of("seed", "abc"), "config.seed", "whole number"),
                Arguments.of(Map.of("threadMemoryBytes", -1), "config.threadMemoryBytes", "between 0"));
    }

    @ParameterizedTest
    @MethodSource("badConfigs")
    void invalidConfigIsNamed(Map<String, Object> config, String field, String text) {
        try (WsClient c = WsClient.connect(port)) {
            c.send(WsEndpointTest.start("print(1)", config, "record"));
            expectError(c, "bad-config", field, text);
            stillWorks(c);
        }
    }

    @Test
    void configMustBeAnObject() {
        try (WsClient c = WsClient.connect(port)) {
            c.send("{\"type\":\"start\",\"source\":\"pass\",\"config\":[1]}");
            expectError(c, "bad-config", "config", "config must be an object");
        }
    }

    @Test
    void syntaxErrorComesBackWithLineAndColumn() {
        try (WsClient c = WsClient.connect(port)) {
            c.send(WsEndpointTest.start("x = 1\nif x\n    print(x)\n"));
            JsonNode e = expectError(c, "syntax-error", "source", "SyntaxError: expected ':'");
            assertEquals(2, e.get("line").intValue());
            assertEquals(5, e.get("column").intValue());
            assertTrue(e.get("traceback").stringValue().startsWith("  File \"main.py\", line 2\n    if x\n"),
                    e.get("traceback").stringValue());
            assertTrue(!e.has("run"));
            c.send(WsEndpointTest.start("def f():\nreturn 1\n"));
            JsonNode indent = expectError(c, "syntax-error", "source", "IndentationError");
            assertEquals(2, indent.get("line").intValue());
            stillWorks(c);
        }
    }

    @Test
    void messageOverTheLimitIsRefusedUnread() {
        try (WsClient c = WsClient.connect(port)) {
            String huge = "{\"type\":\"start\",\"source\":\"" + "#".repeat(300_000) + "\"}";
            c.send(huge);
            expectError(c, "message-too-large", null, "the message has 300028 characters; the limit is 262144");
            stillWorks(c);
        }
    }

    @Test
    void sourceOverTheLimitIsRefused() {
        try (WsClient c = WsClient.connect(port)) {
            // 100,000 characters of JSON, 300,000 bytes of UTF-8: under the message limit, over the source limit
            String source = "# " + "中".repeat(100_000) + "\n";
            c.send(WsEndpointTest.start(source));
            expectError(c, "source-too-large", "source", "the source is 300003 bytes; the limit is 262144 bytes");
            stillWorks(c);
        }
    }

    @Test
    void binaryMessagesAreRefused() {
        try (WsClient c = WsClient.connect(port)) {
            c.sendBinary(new byte[] {1, 2, 3});
            expectError(c, "binary-message", null, "JSON text");
            stillWorks(c);
        }
    }

    static JsonNode expectError(WsClient c, String code, String field, String text) {
        JsonNode e = c.next();
        assertEquals("error", e.get("type").stringValue(), e.toString());
        assertEquals(code, e.get("code").stringValue(), e.toString());
        if (field != null) {
            assertEquals(field, e.get("field").stringValue(), e.toString());
        }
        assertTrue(e.get("message").stringValue().contains(text), e.toString());
        return e;
    }

    static void stillWorks(WsClient c) {
        c.send(WsEndpointTest.start("print('still here')"));
        long run = c.next("accepted").get("run").longValue();
        List<JsonNode> rest = c.untilSummary(run);
        assertEquals("still here\n", rest.getLast().get("stdout").stringValue());
    }
}
