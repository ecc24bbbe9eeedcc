package dev.interleave.web.ws;

import static dev.interleave.web.ws.ProtocolError.Codes.BAD_ACK;
import static dev.interleave.web.ws.ProtocolError.Codes.BAD_FIELD;
import static dev.interleave.web.ws.ProtocolError.Codes.BINARY_MESSAGE;
import static dev.interleave.web.ws.ProtocolError.Codes.BUSY;
import static dev.interleave.web.ws.ProtocolError.Codes.INTERNAL;
import static dev.interleave.web.ws.ProtocolError.Codes.MESSAGE_TOO_LARGE;
import static dev.interleave.web.ws.ProtocolError.Codes.NOT_INTERACTIVE;
import static dev.interleave.web.ws.ProtocolError.Codes.NO_RUN;
import static dev.interleave.web.ws.ProtocolError.Codes.RATE_LIMITED;
import static dev.interleave.web.ws.ProtocolError.Codes.SOURCE_TOO_LARGE;
import static dev.interleave.web.ws.ProtocolError.Codes.SYNTAX_ERROR;
import static dev.interleave.web.ws.ProtocolError.Codes.TOO_MANY_RUNS;

import dev.interleave.engine.Inspection;
import dev.interleave.engine.Limits;
import dev.interleave.engine.RunOptions;
import dev.interleave.lang.PySyntaxError;
import dev.interleave.vm.TracebackPrinter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.springframework.web.socket.WebSocketSession;

/**
 * One WebSocket connection: puts partial frames together (refusing messages over the size limit
 * without reading them whole), applies the message-rate limits, answers each client message, and
 * holds the connection's current run (a new start cancels it). Batch numbers count up across the
 * runs of a connection, so an ack never needs a run id. Messages are handled one at a time (the
 * container calls in order); runs and the timer only send.
 */
final class Connection {

    private final WebSocketSession session;
    private final String address;
    private final WsContext ctx;
    private final Outbox outbox;
    private final TokenBucket messages;
    private final AtomicLong batches = new AtomicLong();
    private final StringBuilder fragments = new StringBuilder();
    private long fragmentChars;
    private volatile long ackedUpTo = -1;
    private volatile LiveRun current;
    /** What replays the last run that ended, for inspect. */
    private volatile RunReplay last;
    /** Bumped by every inspect: an older one still replaying gives up. */
    private final AtomicLong inspects = new AtomicLong();
    private volatile boolean closed;
    private long lastRateError;
    private int dropped;

    Connection(WebSocketSession session, String address, WsContext ctx) {
        this.session = session;
        this.address = address;
        this.ctx = ctx;
        this.outbox = new Outbox(session, ctx.writer(), ctx.senders(), ctx.props().maxPendingMessages());
        this.messages = new TokenBucket(ctx.props().messageRate(), ctx.props().messageBurst());
    }

    String address() {
        return address;
    }

    // ---- incoming ----

    /** A text frame or part of one; a message is handled once its last part is in. */
    void text(String part, boolean last) {
        fragmentChars += part.length();
        if (fragmentChars <= ctx.props().maxMessageChars()) {
            fragments.append(part);
        } else if (!fragments.isEmpty()) {
            fragments.setLength(0);
            fragments.trimToSize();
        }
        if (!last) {
            return;
        }
        long size = fragmentChars;
        String text = size <= ctx.props().maxMessageChars() ? fragments.toString() : null;
        fragments.setLength(0);
        if (fragments.capacity() > 64 * 1024) {
            fragments.trimToSize();
        }
        fragmentChars = 0;
        if (text == null) {
            if (allowed()) {
                send(MESSAGE_TOO_LARGE, "the message has " + size + " characters; the limit is "
                        + ctx.props().maxMessageChars());
            }
            return;
        }
        handle(text);
    }

    void binary(boolean last) {
        if (last && allowed()) {
            send(BINARY_MESSAGE, "binary messages are not part of the protocol: send JSON text");
        }
    }

    private void handle(String text) {
        LiveRun run = current;
        Long runId = run == null ? null : run.id();
        ClientMessage m;
        try {
            m = ctx.reader().read(text);
        } catch (ProtocolError e) {
            if (allowed()) {
                outbox.send(e.report(runId));
            }
            return;
        }
        if (m instanceof ClientMessage.Ack a && a.upTo() > ackedUpTo && a.upTo() < batches.get()) {
            ack(a); // an ack that moves the window on is free: the stream's pace sets how many come
            return;
        }
        if (!allowed()) {
            return;
        }
        try {
            switch (m) {
                case ClientMessage.Start s -> {
                    ctx.gate().arriving();
                    try {
                        start(s);
                    } finally {
                        ctx.gate().arrived();
                    }
                }
                case ClientMessage.Pick p -> interactive().pick(p.thread(), p.decision());
                case ClientMessage.Continue c -> interactive().continueUntil(c.until());
                case ClientMessage.Cancel c -> cancel();
                case ClientMessage.Ack a -> ack(a);
                case ClientMessage.Inspect i -> inspect(i);
            }
        } catch (ProtocolError e) {
            outbox.send(e.report(runId));
        } catch (RuntimeException | StackOverflowError e) {
            outbox.send(ServerMessage.ErrorReport.of(INTERNAL, "the server failed on this message: " + e));
        }
    }

    private void start(ClientMessage.Start s) {
        Limits limits = Limits.defaults();
        int bytes = s.source().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxSourceBytes()) {
            throw new ProtocolError(SOURCE_TOO_LARGE, "the source is " + bytes + " bytes; the limit is "
                    + limits.maxSourceBytes() + " bytes", "source");
        }
        boolean interactive = s.mode().equals("interactive");
        RunOptions options = RunSettings.options(s.config(), interactive, ctx.props());
        WsContext.Compiled compiled = ctx.compile(s.source());
        PySyntaxError e = compiled.error();
        if (e != null) {
            outbox.send(new ServerMessage.ErrorReport(SYNTAX_ERROR, e.kind() + ": " + e.msg(), "source", e.line(),
                    e.col(), e.endLine() == 0 ? null : e.endLine(), e.endCol() == 0 ? null : e.endCol(), null,
                    TracebackPrinter.formatSyntaxError(LiveRun.FILE, s.source(), e)));
            return;
        }
        LiveRun previous = current;
        int slack = previous != null ? 1 : 0;
        if (!ctx.addresses().runStarted(address, slack)) {
            throw new ProtocolError(TOO_MANY_RUNS, "this address already has " + ctx.props().maxRunsPerAddress()
                    + " runs; wait for one to end");
        }
        if (!ctx.runAccepted(slack)) {
            ctx.addresses().runEnded(address);
            throw new ProtocolError(BUSY, "the server is full (" + ctx.props().maxRuns()
                    + " runs); try again shortly");
        }
        LiveRun run = new LiveRun(ctx.nextRunId(), this, ctx, s.source(), compiled.code(), options, interactive);
        if (previous != null) {
            previous.cancel("replaced by run " + run.id());
        }
        current = run;
        if (closed) {
            run.cancel("the connection closed"); // closed while this start was checked
        }
        int position = ctx.gate().admit(run);
        outbox.send(new ServerMessage.Accepted(run.id(), s.mode(), LiveRun.FILE, position,
                TraceConfig.of(options, interactive ? "interactive" : options.policy())));
        run.acceptedSent(position);
        if (position == 0) {
            run.admitted();
        }
    }

    private InteractivePolicy interactive() {
        LiveRun run = current;
        if (run == null) {
            throw new ProtocolError(NO_RUN, "there is no run to step");
        }
        if (run.interactive() == null) {
            throw new ProtocolError(NOT_INTERACTIVE, "run " + run.id() + " was started in record mode");
        }
        return run.interactive();
    }

    private void cancel() {
        LiveRun run = current;
        if (run == null) {
            throw new ProtocolError(NO_RUN, "there is no run to cancel");
        }
        run.cancel("cancelled by the client");
    }

    private void ack(ClientMessage.Ack a) {
        if (a.upTo() >= batches.get()) {
            throw new ProtocolError(BAD_ACK, "batch " + a.upTo() + " has not been sent", "upTo");
        }
        if (a.upTo() > ackedUpTo) {
            ackedUpTo = a.upTo();
            LiveRun run = current;
            if (run != null) {
                run.buffer().acked();
            }
        }
    }

    /**
     * Replays the current (or last) run to the event asked for, on a run thread, and sends every
     * thread's stack and variables at that point. A newer inspect supersedes one still replaying.
     */
    private void inspect(ClientMessage.Inspect i) {
        LiveRun run = current;
        RunReplay r = run != null ? run.replay() : last;
        if (r == null) {
            throw new ProtocolError(NO_RUN, run != null ? "run " + run.id()
                    + " made too many scheduling decisions to be replayed for inspection"
                    : "there is no run to inspect");
        }
        if (i.seq() >= r.events()) {
            throw new ProtocolError(BAD_FIELD, "run " + r.run() + " has no event " + i.seq() + " yet: it has sent "
                    + r.events() + " events", "seq");
        }
        if (!ctx.inspections().tryAcquire()) {
            throw new ProtocolError(BUSY, "the server is busy inspecting other runs; try again shortly");
        }
        long token = inspects.incrementAndGet();
        BooleanSupplier superseded = () -> closed || inspects.get() != token;
        ctx.startRunThread(() -> {
            try {
                Inspection snap = ctx.engine().inspect(LiveRun.FILE, r.source(), r.replayOptions(), i.seq(),
                        superseded);
                if (snap != null) {
                    outbox.send(new ServerMessage.Inspection(r.run(), snap.seq(), snap.t(), snap.threads()));
                } else if (!superseded.getAsBoolean()) {
                    outbox.send(new ServerMessage.ErrorReport(INTERNAL, "the replay of run " + r.run()
                            + " ended before event " + i.seq(), "seq", null, null, null, null, r.run(), null));
                }
            } catch (RuntimeException | StackOverflowError e) {
                outbox.send(ServerMessage.ErrorReport.of(INTERNAL, "the inspection failed: " + e));
            } finally {
                ctx.inspections().release();
            }
        });
    }

    /** Takes a token from the connection's and the address's buckets; false (and at most one error a second) if empty. */
    private boolean allowed() {
        if (messages.take() && ctx.addresses().takeMessage(address)) {
            return true;
        }
        dropped++;
        long now = System.nanoTime();
        if (now - lastRateError >= 1_000_000_000L) {
            lastRateError = now;
            outbox.send(ServerMessage.ErrorReport.of(RATE_LIMITED, "too many messages: " + dropped
                    + " dropped; the limit is " + ctx.props().messageRate() + " a second"));
            dropped = 0;
        }
        return false;
    }

    private void send(String code, String message) {
        outbox.send(ServerMessage.ErrorReport.of(code, message));
    }

    // ---- outgoing, from runs ----

    void send(ServerMessage m) {
        outbox.send(m);
    }

    void sendData(ServerMessage m, BooleanSupplier stale) {
        outbox.sendData(m, stale);
    }

    long nextBatch() {
        return batches.getAndIncrement();
    }

    long ackedUpTo() {
        return ackedUpTo;
    }

    void runEnded(LiveRun run) {
        last = run.replay();
        if (current == run) {
            current = null;
        }
        ctx.addresses().runEnded(address);
        ctx.runEnded();
    }

    /** The connection is gone: its run stops and nothing more is sent. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        LiveRun run = current;
        if (run != null) {
            run.cancel("the connection closed");
        }
        outbox.close();
    }

    boolean isOpen() {
        return !closed && session.isOpen();
    }
}
