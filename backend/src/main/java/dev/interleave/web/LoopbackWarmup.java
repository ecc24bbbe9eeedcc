package dev.interleave.web;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Endpoint;
import jakarta.websocket.Extension;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The second half of the warm-up: runs programs through the server's own {@code /ws} on the
 * loopback as browsers would (handshake with per-message deflate, start, acked batches,
 * summary), first one connection at a time, then as a class arrives: waves of connections
 * opened at once, each running one program, so that the handshake, compression, the run gate's
 * queueing and the stream's batching are all compiled by the JIT before the first class does it.
 */
final class LoopbackWarmup extends Endpoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long WAIT_SECONDS = 60;
    /** The largest message the warm-up client takes (a full batch is well under this). */
    private static final int MAX_MESSAGE_CHARS = 8 << 20;

    /** Offered in the handshake, as browsers offer it: the server then compresses every message. */
    private static final Extension DEFLATE = new Extension() {
        @Override
        public String getName() {
            return "permessage-deflate";
        }

        @Override
        public List<Parameter> getParameters() {
            return List.of();
        }
    };

    private volatile CompletableFuture<Void> summary = new CompletableFuture<>();
    private volatile Session session;

    /**
     * Runs each source {@code passes} times, one after the other on one connection; then
     * {@code waves} times opens {@code fleet} connections at once, each running one of
     * {@code light} to its summary. Returns how many runs ended.
     */
    static int run(int port, List<String> sources, int passes, List<String> light, int waves, int fleet)
            throws Exception {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(MAX_MESSAGE_CHARS);
        URI uri = URI.create("ws://127.0.0.1:" + port + "/ws");
        int ended = 0;
        try {
            LoopbackWarmup one = connect(container, uri);
            try {
                for (int pass = 0; pass < passes; pass++) {
                    for (String source : sources) {
                        one.runOnce(source).get(WAIT_SECONDS, TimeUnit.SECONDS);
                        ended++;
                    }
                }
            } finally {
                one.close();
            }
            for (int wave = 0; wave < waves && !light.isEmpty(); wave++) {
                ended += wave(container, uri, light, wave, fleet);
            }
        } finally {
            if (container instanceof org.apache.tomcat.websocket.WsWebSocketContainer tomcat) {
                tomcat.destroy();
            }
        }
        return ended;
    }

    /** Opens {@code fleet} connections, starts one run on each, waits for every summary, closes them. */
    private static int wave(WebSocketContainer container, URI uri, List<String> light, int wave, int fleet)
            throws Exception {
        List<LoopbackWarmup> clients = new ArrayList<>();
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < fleet; i++) {
                LoopbackWarmup c = connect(container, uri);
                clients.add(c);
                runs.add(c.runOnce(light.get((wave * fleet + i) % light.size())));
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(WAIT_SECONDS, TimeUnit.SECONDS);
            return runs.size();
        } finally {
            for (LoopbackWarmup c : clients) {
                c.close();
            }
        }
    }

    private static LoopbackWarmup connect(WebSocketContainer container, URI uri) throws Exception {
        LoopbackWarmup client = new LoopbackWarmup();
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .extensions(List.of(DEFLATE)).build();
        container.connectToServer(client, config, uri);
        return client;
    }

    private CompletableFuture<Void> runOnce(String source) throws IOException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        summary = done;
        ObjectNode start = JSON.createObjectNode().put("type", "start").put("source", source);
        send(start.toString());
        return done;
    }

    @Override
    public void onOpen(Session s, EndpointConfig config) {
        session = s;
        s.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
    }

    private void onText(String text) {
        JsonNode m = JSON.readTree(text);
        try {
            switch (m.get("type").stringValue()) {
                case "events", "entities" -> send("{\"type\":\"ack\",\"upTo\":" + m.get("batch") + "}");
                case "summary" -> summary.complete(null);
                case "error" -> summary.completeExceptionally(new IllegalStateException(m.toString()));
                default -> {
                }
            }
        } catch (IOException e) {
            summary.completeExceptionally(e);
        }
    }

    private void send(String text) throws IOException {
        synchronized (this) {
            session.getBasicRemote().sendText(text);
        }
    }

    @Override
    public void onError(Session s, Throwable error) {
        summary.completeExceptionally(error);
    }

    @Override
    public void onClose(Session s, CloseReason reason) {
        summary.completeExceptionally(new IllegalStateException("closed: " + reason));
    }

    private void close() throws IOException {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "warm"));
        }
    }
}
