package dev.interleave.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The second half of the warm-up: runs programs through the server's own {@code /ws} on the
 * loopback, as a browser would (start, acked batches, summary), so that the socket, the stream's
 * batching and its JSON are compiled by the JIT too before the first class arrives.
 */
final class LoopbackWarmup implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringBuilder partial = new StringBuilder();
    private WebSocket ws;
    private volatile CompletableFuture<Void> summary = new CompletableFuture<>();

    /** Runs each source {@code passes} times, one after the other; returns how many runs ended. */
    static int run(int port, List<String> sources, int passes) throws Exception {
        LoopbackWarmup client = new LoopbackWarmup();
        HttpClient http = HttpClient.newHttpClient();
        client.ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), client).get(10, TimeUnit.SECONDS);
        int ended = 0;
        try {
            for (int pass = 0; pass < passes; pass++) {
                for (String source : sources) {
                    client.summary = new CompletableFuture<>();
                    ObjectNode start = JSON.createObjectNode().put("type", "start").put("source", source);
                    client.ws.sendText(start.toString(), true).get(10, TimeUnit.SECONDS);
                    client.summary.get(60, TimeUnit.SECONDS);
                    ended++;
                }
            }
        } finally {
            client.ws.sendClose(WebSocket.NORMAL_CLOSURE, "warm").get(10, TimeUnit.SECONDS);
        }
        return ended;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode m = JSON.readTree(partial.toString());
            partial.setLength(0);
            switch (m.get("type").stringValue()) {
                case "events", "entities" -> webSocket.sendText("{\"type\":\"ack\",\"upTo\":" + m.get("batch") + "}",
                        true);
                case "summary" -> summary.complete(null);
                case "error" -> summary.completeExceptionally(new IllegalStateException(m.toString()));
                default -> {
                }
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        summary.completeExceptionally(error);
    }
}
