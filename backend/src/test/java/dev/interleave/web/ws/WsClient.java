package dev.interleave.web.ws;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test client for /ws on java.net.http's WebSocket: every server message lands in a queue as
 * JSON; data messages are acknowledged as they arrive unless {@link #autoAck} is off.
 */
final class WsClient implements WebSocket.Listener, AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ws-test-client");
        t.setDaemon(true);
        return t;
    });
    private static final HttpClient HTTP = HttpClient.newBuilder().executor(POOL).build();

    final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    volatile boolean autoAck = true;
    private final StringBuilder partial = new StringBuilder();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ws-test-send");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket ws;

    static WsClient connect(int port) {
        return connect(port, null);
    }

    static WsClient connect(int port, String origin) {
        WsClient c = new WsClient();
        WebSocket.Builder b = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            b = b.header("Origin", origin);
        }
        c.ws = b.buildAsync(URI.create("ws://localhost:" + port + "/ws"), c).join();
        return c;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode m = JSON.readTree(partial.toString());
            partial.setLength(0);
            String type = m.get("type").stringValue();
            if (autoAck && (type.equals("events") || type.equals("entities"))) {
                ack(m.get("batch").longValue());
            }
            inbox.add(m);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    void ack(long batch) {
        send("{\"type\":\"ack\",\"upTo\":" + batch + "}");
    }

    void send(String text) {
        sender.submit(() -> ws.sendText(text, true).join());
    }

    void sendBinary(byte[] bytes) {
        sender.submit(() -> ws.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join());
    }

    /** The next message, failing after 30 s. */
    JsonNode next() {
        try {
            JsonNode m = inbox.poll(30, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("no message from the server within 30 s");
            }
            return m;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The next message of {@code type}, passing over others. */
    JsonNode next(String type) {
        while (true) {
            JsonNode m = next();
            if (m.get("type").stringValue().equals(type)) {
                return m;
            }
        }
    }

    /** Every message up to and including the summary of run {@code run}. */
    List<JsonNode> untilSummary(long run) {
        List<JsonNode> all = new ArrayList<>();
        while (true) {
            JsonNode m = next();
            all.add(m);
            if (m.get("type").stringValue().equals("summary") && m.get("run").longValue() == run) {
                return all;
            }
        }
    }

    /** No message arrives within {@code millis}. */
    JsonNode poll(long millis) throws InterruptedException {
        return inbox.poll(millis, TimeUnit.MILLISECONDS);
    }

    boolean waitClosed(long millis) {
        try {
            closed.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    void abort() {
        ws.abort();
    }

    @Override
    public void close() {
        try {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            ws.abort();
        }
        sender.shutdown();
    }
}
