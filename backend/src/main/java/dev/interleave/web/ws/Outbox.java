package dev.interleave.web.ws;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.ObjectWriter;

/**
 * One connection's server messages, written in the order they were queued by one sender at a
 * time (a task on the shared sender pool while there is something to send). Messages are turned
 * into JSON here, off the run's thread. Data messages of a run that was cancelled meanwhile are
 * skipped. A client that lets more than {@code maxPending} messages pile up is not reading: its
 * connection is closed.
 */
final class Outbox {

    private record Outgoing(ServerMessage message, BooleanSupplier stale) {
    }

    private static final BooleanSupplier NEVER = () -> false;

    private final WebSocketSession session;
    private final ObjectWriter writer;
    private final Executor senders;
    private final int maxPending;
    private final Queue<Outgoing> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean closed;

    Outbox(WebSocketSession session, ObjectWriter writer, Executor senders, int maxPending) {
        this.session = session;
        this.writer = writer;
        this.senders = senders;
        this.maxPending = maxPending;
    }

    void send(ServerMessage m) {
        enqueue(new Outgoing(m, NEVER));
    }

    /** A data message, dropped unsent if {@code stale} holds by the time its turn comes. */
    void sendData(ServerMessage m, BooleanSupplier stale) {
        enqueue(new Outgoing(m, stale));
    }

    void close() {
        closed = true;
        queue.clear();
    }

    private void enqueue(Outgoing o) {
        if (closed) {
            return;
        }
        if (pending.incrementAndGet() > maxPending) {
            closed = true;
            queue.clear();
            senders.execute(() -> closeSession(
                    CloseStatus.POLICY_VIOLATION.withReason("the client is not reading its messages")));
            return;
        }
        queue.add(o);
        if (draining.compareAndSet(false, true)) {
            senders.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Outgoing o = queue.poll();
            if (o == null) {
                draining.set(false);
                if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            pending.decrementAndGet();
            if (closed || o.stale().getAsBoolean()) {
                continue;
            }
            try {
                String text = writer.writeValueAsString(o.message());
                session.sendMessage(new TextMessage(text));
            } catch (IOException | RuntimeException e) {
                closed = true;
                queue.clear();
                closeSession(CloseStatus.SERVER_ERROR.withReason("sending failed"));
            }
        }
    }

    private void closeSession(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException ignored) {
            // already closed: the handler's afterConnectionClosed frees the rest
        }
    }
}
