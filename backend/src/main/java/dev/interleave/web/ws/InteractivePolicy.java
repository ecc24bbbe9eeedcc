package dev.interleave.web.ws;

import static dev.interleave.web.ws.ProtocolError.Codes.BAD_PICK;
import static dev.interleave.web.ws.ProtocolError.Codes.NO_DECISION;
import static dev.interleave.web.ws.ProtocolError.Codes.STALE_PICK;

import dev.interleave.machine.Decision;
import dev.interleave.machine.SchedulePolicy;
import dev.interleave.machine.SimThread;
import dev.interleave.machine.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The interactive mode's policy: at each decision it sends the options (each thread with its
 * current line) and waits for the client's pick. After {@code continue until "blocking"} it picks
 * by itself until a thread blocks or sleeps, then asks again; after {@code continue until "end"}
 * it picks by itself to the end. Picking by itself means: the thread picked last when it is an
 * option, else the first option (the one that waited longest).
 */
final class InteractivePolicy implements SchedulePolicy {

    private enum Mode { STEP, UNTIL_BLOCKING, UNTIL_END }

    private record Offer(long number, List<Integer> ids) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition answered = lock.newCondition();
    private final LiveRun run;
    private Mode mode = Mode.STEP;
    private volatile boolean blockSeen;
    private int lastPicked = -1;
    private long decisions;
    private Offer pending;
    private int answer = -1;
    private boolean auto;

    InteractivePolicy(LiveRun run) {
        this.run = run;
    }

    @Override
    public int choose(Kind kind, List<SimThread> options) {
        Offer offer;
        lock.lock();
        try {
            if (run.isCancelled()) {
                return 0;
            }
            if (mode == Mode.UNTIL_END || (mode == Mode.UNTIL_BLOCKING && !blockSeen)) {
                return remember(options, autoPick(options));
            }
            mode = Mode.STEP;
            int listed = Math.min(options.size(), Decision.LISTED);
            List<Integer> ids = new ArrayList<>(listed);
            for (int i = 0; i < listed; i++) {
                ids.add(options.get(i).id());
            }
            offer = new Offer(decisions++, ids);
            pending = offer;
            answer = -1;
            auto = false;
        } finally {
            lock.unlock();
        }
        List<ServerMessage.Option> shown = new ArrayList<>(offer.ids().size());
        for (int i = 0; i < offer.ids().size(); i++) {
            SimThread t = options.get(i);
            shown.add(new ServerMessage.Option(t.id(), t.name(), t.line()));
        }
        run.offer(new ServerMessage.DecisionOffer(run.id(), offer.number(), kind.label, run.nextSeq(), shown,
                options.size()));
        run.pause();
        int chosen;
        try {
            lock.lock();
            try {
                while (answer < 0 && !auto && !run.isCancelled()) {
                    answered.await(100, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                chosen = answer >= 0 ? answer : autoPick(options);
                pending = null;
                lock.unlock();
            }
        } finally {
            run.resume();
        }
        return remember(options, chosen);
    }

    /** The client's pick for the pending decision (on the connection's thread). */
    void pick(int thread, Long decision) {
        lock.lock();
        try {
            if (pending == null || answer >= 0 || auto) {
                throw new ProtocolError(NO_DECISION, "no decision is waiting for a pick");
            }
            if (decision != null && decision != pending.number()) {
                throw new ProtocolError(STALE_PICK, "decision " + decision + " is over; decision "
                        + pending.number() + " is waiting", "decision");
            }
            int index = pending.ids().indexOf(thread);
            if (index < 0) {
                throw new ProtocolError(BAD_PICK, "thread " + thread + " is not one of the options "
                        + pending.ids(), "thread");
            }
            answer = index;
            answered.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** {@code continue}: "blocking" or "end"; answers a pending decision by itself. */
    void continueUntil(String until) {
        lock.lock();
        try {
            mode = until.equals("end") ? Mode.UNTIL_END : Mode.UNTIL_BLOCKING;
            blockSeen = false;
            if (pending != null && answer < 0) {
                auto = true;
                answered.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Hears every event: a thread that blocks or sleeps ends a "continue until blocking". */
    void event(TraceEvent e) {
        if (!blockSeen && e.kind().equals("thread.state")) {
            Object state = e.detail("state");
            if ("blocked".equals(state) || "sleeping".equals(state)) {
                blockSeen = true;
            }
        }
    }

    /** Wakes a wait for a pick (the run was cancelled). */
    void wake() {
        lock.lock();
        try {
            answered.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String name() {
        return "interactive";
    }

    private int autoPick(List<SimThread> options) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id() == lastPicked) {
                return i;
            }
        }
        return 0;
    }

    private int remember(List<SimThread> options, int index) {
        lastPicked = options.get(index).id();
        return index;
    }
}
