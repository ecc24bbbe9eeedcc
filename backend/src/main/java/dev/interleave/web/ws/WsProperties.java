package dev.interleave.web.ws;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the WebSocket endpoint {@code /ws} (prefix {@code interleave.ws}); every one has
 * its default here and its meaning in docs/protocol.md ("Limits").
 *
 * @param maxRunning           runs simulating at once (0: max(2, available processors)); a run waiting
 *                             for its client (a full window, an interactive pick) does not count
 * @param runQuantum           how long a run simulates before it lets a waiting run have its turn
 * @param maxRuns              runs accepted at once, server-wide: running, paused or queued
 * @param maxRunsPerAddress    runs accepted at once from one client address
 * @param messageRate          client messages per second per connection (a token bucket)
 * @param messageBurst         the bucket's size per connection
 * @param addressMessageRate   client messages per second per address
 * @param addressMessageBurst  the bucket's size per address
 * @param maxMessageChars      largest client message, in characters of JSON text
 * @param allowedOrigins       origin patterns allowed to open /ws besides the page's own origin
 *                             (empty: same origin only; "*" allows any)
 * @param batchEvents          entities and events per data message at most
 * @param window               data messages a run may have sent and not had acknowledged
 * @param flushInterval        how long a partly filled batch waits before it is sent anyway
 * @param recordWallLimit      the engine's wall-time limit for a run in record mode
 * @param interactiveWallLimit the wall-time limit for an interactive run (it waits for picks)
 * @param idleTimeout          a connection with no traffic in either direction for this long is closed
 * @param maxOutputChars       stdout and stderr kept for the summary, each
 * @param queueUpdateInterval  how often queued clients hear their new place
 * @param maxPendingMessages   server messages waiting to be written to one connection before it is
 *                             closed as not reading (data messages are bounded by the window)
 */
@ConfigurationProperties("interleave.ws")
public record WsProperties(
        @DefaultValue("0") int maxRunning,
        @DefaultValue("2ms") Duration runQuantum,
        @DefaultValue("1000") int maxRuns,
        @DefaultValue("256") int maxRunsPerAddress,
        @DefaultValue("20") double messageRate,
        @DefaultValue("40") int messageBurst,
        @DefaultValue("400") double addressMessageRate,
        @DefaultValue("800") int addressMessageBurst,
        @DefaultValue("262144") int maxMessageChars,
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("2048") int batchEvents,
        @DefaultValue("8") int window,
        @DefaultValue("25ms") Duration flushInterval,
        @DefaultValue("60s") Duration recordWallLimit,
        @DefaultValue("30m") Duration interactiveWallLimit,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("1048576") int maxOutputChars,
        @DefaultValue("500ms") Duration queueUpdateInterval,
        @DefaultValue("1000") int maxPendingMessages) {

    public WsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        positive("max-runs", maxRuns);
        positive("max-runs-per-address", maxRunsPerAddress);
        positive("message-burst", messageBurst);
        positive("address-message-burst", addressMessageBurst);
        positive("max-message-chars", maxMessageChars);
        positive("batch-events", batchEvents);
        positive("window", window);
        positive("max-output-chars", maxOutputChars);
        positive("max-pending-messages", maxPendingMessages);
        if (maxRunning < 0) {
            throw new IllegalArgumentException("interleave.ws.max-running must not be negative");
        }
        if (!(messageRate > 0) || !(addressMessageRate > 0)) {
            throw new IllegalArgumentException("interleave.ws message rates must be positive");
        }
    }

    /** The defaults, as a server without any interleave.ws property runs with. */
    public static WsProperties defaults() {
        return new WsProperties(0, Duration.ofMillis(2), 1000, 256, 20, 40, 400, 800, 262144, List.of(), 2048, 8,
                Duration.ofMillis(25), Duration.ofSeconds(60), Duration.ofMinutes(30), Duration.ofMinutes(30),
                1 << 20, Duration.ofMillis(500), 1000);
    }

    /** {@link #maxRunning} with 0 resolved. */
    public int runningLimit() {
        return maxRunning > 0 ? maxRunning : Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("interleave.ws." + name + " must be at least 1, not " + value);
        }
    }
}
