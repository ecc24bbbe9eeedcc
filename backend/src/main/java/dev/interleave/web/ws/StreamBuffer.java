package dev.interleave.web.ws;

import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * A run's bounded stream buffer, with credit-based flow control. The run's thread adds entities,
 * events and decisions to the open batch; a full batch is sealed into data messages when the
 * run has fewer than {@code window} data messages unacknowledged, and otherwise the run's thread
 * waits (the simulation pauses, giving its permit back) until the client's acks make room. So a
 * run holds at most {@code window} sealed messages plus the open batch. A partly filled batch
 * is sent by {@link #tick} once it is {@code flushNanos} old, and by {@link #flush} at a decision
 * and at the end. The run's first event is sent at once, with the process and main thread.
 */
final class StreamBuffer {

    /** How the run gives back and takes again its permit around a wait. */
    interface Pauser {
        void pause();

        void resume();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition room = lock.newCondition();
    private final EventColumns open;
    private final long run;
    private final int window;
    private final long flushNanos;
    private final Connection connection;
    private final Pauser pauser;
    private final BooleanSupplier cancelled;
    private long firstBatch = -1;
    private long lastBatch = -1;
    private long openedAt;
    private long sealed;
    private volatile boolean closed;

    StreamBuffer(long run, WsProperties props, Connection connection, Pauser pauser,
            BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.run = run;
        this.open = new EventColumns(props.batchEvents());
        this.window = props.window();
        this.flushNanos = props.flushInterval().toNanos();
        this.connection = connection;
        this.pauser = pauser;
    }

    void event(TraceEvent e) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            touch();
            open.event(e);
            if (firstBatch < 0) {
                seal(); // the first event goes out at once: the client sees the run begin
                return;
            }
            if (!open.isFull()) {
                return;
            }
            if (hasRoom()) {
                seal();
                return;
            }
        } finally {
            lock.unlock();
        }
        waitForRoomAndSeal();
    }

    void entity(TraceEntity e) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            touch();
            open.entity(e);
            if (!open.isFull()) {
                return;
            }
            if (hasRoom()) {
                seal();
                return;
            }
        } finally {
            lock.unlock();
        }
        waitForRoomAndSeal();
    }

    void decision(ServerMessage.DecisionEntry d) {
        lock.lock();
        try {
            if (!closed) {
                touch();
                open.decision(d);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sends what the open batch holds now, room or not (at most one batch past the window). */
    void flush() {
        lock.lock();
        try {
            if (!closed) {
                seal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The timer: sends a batch that has waited long enough, when there is room. */
    void tick(long now) {
        if (!lock.tryLock()) {
            return;
        }
        try {
            if (!closed && !open.isEmpty() && now - openedAt >= flushNanos && hasRoom()) {
                seal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The client has taken in every data message up to batch {@code upTo}. */
    void acked() {
        lock.lock();
        try {
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops the stream (the run was cancelled): nothing more is sealed, and a run waiting for room
     * goes on at once. Sealed messages not yet written are dropped by the outbox.
     */
    void close() {
        lock.lock();
        try {
            closed = true;
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Data messages sealed so far. */
    long sealedMessages() {
        return sealed;
    }

    private void touch() {
        if (open.isEmpty()) {
            openedAt = System.nanoTime();
        }
    }

    private boolean hasRoom() {
        if (firstBatch < 0) {
            return true;
        }
        long acked = Math.max(connection.ackedUpTo(), firstBatch - 1);
        return lastBatch - acked < window;
    }

    private void waitForRoomAndSeal() {
        pauser.pause();
        try {
            lock.lock();
            try {
                while (!closed && !hasRoom()) {
                    room.await(100, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        } finally {
            pauser.resume();
        }
        flush();
    }

    /** Seals the open batch and queues its messages, in order, under the lock. */
    private void seal() {
        if (open.isEmpty()) {
            return;
        }
        List<ServerMessage> messages = open.seal(run, connection::nextBatch);
        for (ServerMessage m : messages) {
            long batch = m instanceof ServerMessage.Events ev ? ev.batch() : ((ServerMessage.Entities) m).batch();
            if (firstBatch < 0) {
                firstBatch = batch;
            }
            lastBatch = batch;
            sealed++;
            connection.sendData(m, cancelled);
        }
    }
}
