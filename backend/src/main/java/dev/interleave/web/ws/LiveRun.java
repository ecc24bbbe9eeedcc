package dev.interleave.web.ws;

import dev.interleave.engine.RunHooks;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.engine.RunSummary;
import dev.interleave.machine.SchedulePolicy;
import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import dev.interleave.vm.PyCode;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of one connection, from its acceptance to its summary: waits in the {@link RunGate}
 * for a permit, runs on a thread of its own (a deep stack for the compiler; the simulation itself
 * runs on the engine's virtual threads), streams through its {@link StreamBuffer}, gives its
 * permit back while it waits for the client, and ends with exactly one {@code summary}.
 */
final class LiveRun implements RunGate.Admission, StreamBuffer.Pauser {

    static final String FILE = "main.py";

    private final long id;
    private final Connection connection;
    private final WsContext ctx;
    private final String source;
    /** Compiled when the start was checked; the run takes it (and drops it) when it begins. */
    private PyCode code;
    private final RunOptions options;
    private final boolean interactive;
    private final StreamBuffer buffer;
    private final InteractivePolicy interactivePolicy;
    private final CountDownLatch acceptedSent = new CountDownLatch(1);
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile String cancelReason;
    private volatile int toldPosition;
    /** Touched by the run's own threads only (one at a time). */
    private boolean holdsPermit;
    private long permitSince;
    private long nextSeq;
    private int entities;
    private int decisions;
    /** The thread each decision chose, in order, so that the run can be replayed (for inspect). */
    private final PickLog picks = new PickLog();

    LiveRun(long id, Connection connection, WsContext ctx, String source, PyCode code, RunOptions options,
            boolean interactive) {
        this.id = id;
        this.connection = connection;
        this.ctx = ctx;
        this.source = source;
        this.code = code;
        this.options = options;
        this.interactive = interactive;
        this.buffer = new StreamBuffer(id, ctx.props(), connection, this, this::isCancelled);
        this.interactivePolicy = interactive ? new InteractivePolicy(this) : null;
    }

    long id() {
        return id;
    }

    boolean isCancelled() {
        return cancelled;
    }

    InteractivePolicy interactive() {
        return interactivePolicy;
    }

    StreamBuffer buffer() {
        return buffer;
    }

    /** The accepted message is queued: the run may now say it started. */
    void acceptedSent(int position) {
        toldPosition = position;
        acceptedSent.countDown();
    }

    /** Tells a queued run's client its new place, when it changed. */
    void queuedAt(int position) {
        if (position != toldPosition && !cancelled) {
            toldPosition = position;
            connection.send(new ServerMessage.Queued(id, position));
        }
    }

    @Override
    public void admitted() {
        ctx.startRunThread(this::execute);
    }

    /** Stops the run: a queued one ends at once, a running one at its next visit to the scheduler. */
    void cancel(String reason) {
        if (cancelled) {
            return;
        }
        cancelReason = reason;
        cancelled = true;
        buffer.close();
        if (interactivePolicy != null) {
            interactivePolicy.wake();
        }
        if (ctx.gate().withdraw(this)) {
            connection.send(ServerMessage.Summary.notStarted(id, reason));
            end();
        }
    }

    private void execute() {
        holdsPermit = true;
        permitSince = System.nanoTime();
        awaitAccepted();
        if (cancelled) {
            connection.send(ServerMessage.Summary.notStarted(id, cancelReason));
            releasePermit();
            end();
            return;
        }
        connection.send(new ServerMessage.Started(id));
        ctx.streaming(buffer, true);
        RunOutput out = new RunOutput(ctx.props().maxOutputChars());
        long started = System.nanoTime();
        RunResult result = null;
        Throwable failure = null;
        try {
            PyCode program = code;
            code = null;
            result = ctx.engine().run(FILE, program, options, out, hooks());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failure = e;
        }
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        ctx.streaming(buffer, false);
        buffer.flush();
        releasePermit();
        // the run is over for the connection before its summary goes out: a client that answers
        // the summary at once (a pick, a new start) must find no run
        end();
        if (failure != null) {
            connection.send(new ServerMessage.ErrorReport(ProtocolError.Codes.INTERNAL, "the engine failed: " + failure,
                    null, null, null, null, null, id, null));
            connection.send(new ServerMessage.Summary(id, 70, "internal-error", failure.toString(), out.stdoutText(),
                    out.stderrText(), wallMillis, null, null, null, null, null, entities, decisions, null, null,
                    null));
        } else {
            connection.send(summary(result, out, wallMillis));
        }
    }

    private RunHooks hooks() {
        SchedulePolicy inner = interactive ? interactivePolicy
                : options.policy().equals("round-robin") ? SchedulePolicy.roundRobin()
                : SchedulePolicy.seeded(options.seed());
        return new RunHooks(this::entity, this::event, new StreamedPolicy(inner, this), this::visit);
    }

    /**
     * Polled at every visit to the scheduler (every few thousand bytecodes at most): past its
     * quantum, with runs waiting, the run sends what it has and goes to the back of the line.
     */
    private boolean visit() {
        if (holdsPermit && !cancelled && ctx.gate().contended()
                && System.nanoTime() - permitSince > ctx.props().runQuantum().toNanos()) {
            buffer.flush();
            yieldTurn();
        }
        return cancelled;
    }

    /** Gives the permit to the next waiting run and queues for it again behind the runs under way. */
    private void yieldTurn() {
        pause();
        holdsPermit = ctx.gate().reacquire(this::isCancelled, true);
        permitSince = System.nanoTime();
    }

    private void entity(TraceEntity e) {
        entities++;
        if (!cancelled) {
            buffer.entity(e);
        }
    }

    private void event(TraceEvent e) {
        nextSeq = e.seq() + 1;
        if (!cancelled) {
            buffer.event(e);
            if (nextSeq == 1 && holdsPermit && ctx.gate().contended()) {
                yieldTurn(); // its first batch is out: the next new run gets to show its own
            }
        }
        if (interactivePolicy != null) {
            interactivePolicy.event(e);
        }
    }

    /** What replays this run up to the events it has sent so far, or null when it chose too often to keep. */
    RunReplay replay() {
        int[] chosen = picks.snapshot();
        return chosen == null ? null : new RunReplay(id, source, options, chosen, nextSeq);
    }

    /** The seq the next event will have. */
    long nextSeq() {
        return nextSeq;
    }

    void decision(ServerMessage.DecisionEntry d) {
        decisions++;
        picks.add(d.chosen());
        buffer.decision(d);
    }

    /** Interactive mode: everything before the decision goes out, then the decision. */
    void offer(ServerMessage.DecisionOffer offer) {
        buffer.flush();
        if (!cancelled) {
            connection.send(offer);
        }
    }

    @Override
    public void pause() {
        if (holdsPermit) {
            holdsPermit = false;
            ctx.gate().release();
        }
    }

    @Override
    public void resume() {
        if (!holdsPermit) {
            holdsPermit = ctx.gate().reacquire(this::isCancelled, false);
            permitSince = System.nanoTime();
        }
    }

    private void releasePermit() {
        pause();
    }

    private void awaitAccepted() {
        boolean interrupted = false;
        while (true) {
            try {
                acceptedSent.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void end() {
        if (ended.compareAndSet(false, true)) {
            connection.runEnded(this);
        }
    }

    private ServerMessage.Summary summary(RunResult r, RunOutput out, long wallMillis) {
        String ending = r.ending().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String message = r.ending() == RunResult.Ending.CANCELLED && cancelReason != null ? cancelReason
                : r.message() == null || r.message().isEmpty() ? null : r.message();
        RunSummary s = r.summary();
        if (s == null) {
            return new ServerMessage.Summary(id, r.exitStatus(), ending, message, out.stdoutText(), out.stderrText(),
                    wallMillis, null, null, null, null, null, entities, decisions, null, null, null);
        }
        return new ServerMessage.Summary(id, r.exitStatus(), ending, message, out.stdoutText(), out.stderrText(),
                wallMillis, s.virtualNanos(), s.bytecodes(), s.threads(), s.peakThreads(), s.events(), entities,
                decisions, s.contextSwitches(), s.gilHandovers(), s.coreBusyNanos());
    }
}
