package dev.interleave.web.ws;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The limit of simultaneous runs, and the scheduler of runs over it: {@code permits} runs
 * simulate at once. Two FIFO queues wait for a permit. The first holds new runs (told their
 * place) and runs coming back from waiting on their client (a full window, an interactive pick);
 * the second holds runs that used up their quantum while others waited. A freed permit goes to
 * the first queue before the second: a new run starts within a few quanta however long the runs
 * ahead of it are, and long runs share the rest round robin. Uses j.u.c. locks only: a run's
 * threads are virtual threads and must not pin their carrier while they wait.
 */
final class RunGate {

    /** A run waiting to start: {@link #admitted} is called when it gets its permit. */
    interface Admission {
        void admitted();
    }

    private static final class Resumer {
        final Condition turn;
        final long since = System.nanoTime();
        boolean granted;

        Resumer(Condition turn) {
            this.turn = turn;
        }
    }

    /** The longest a preempted run waits for arriving starts. */
    static final long HOLD_NANOS = 100_000_000L;

    private final ReentrantLock lock = new ReentrantLock();
    /** Admissions and resumers back from a client wait, in arrival order. */
    private final ArrayDeque<Object> first = new ArrayDeque<>();
    /** Resumers that were preempted. */
    private final ArrayDeque<Resumer> second = new ArrayDeque<>();
    private final int permits;
    private int free;
    private volatile int waiting;
    private int arriving;

    RunGate(int permits) {
        this.permits = permits;
        this.free = permits;
    }

    /**
     * Takes a permit for {@code a} if one is free and nobody waits (returns 0: the caller starts
     * it), or queues it (returns its place among the queued new runs, 1 for the next;
     * {@link Admission#admitted} comes later).
     */
    int admit(Admission a) {
        lock.lock();
        try {
            if (free > 0 && first.isEmpty()) {
                free--;
                return 0;
            }
            first.add(a);
            waiting++;
            int place = 0;
            for (Object o : first) {
                if (o instanceof Admission) {
                    place++;
                }
            }
            return place;
        } finally {
            lock.unlock();
        }
    }

    /** Takes {@code a} out of the queue; false if it was not there (it has its permit, or never queued). */
    boolean withdraw(Admission a) {
        lock.lock();
        try {
            if (first.remove(a)) {
                waiting--;
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Gives a permit back: to the first queue's head, else the second's, else it is free. */
    void release() {
        Admission next;
        lock.lock();
        try {
            free++;
            next = grant();
        } finally {
            lock.unlock();
        }
        if (next != null) {
            next.admitted();
        }
    }

    /** A start message is being checked: the second queue waits for it. */
    void arriving() {
        lock.lock();
        try {
            arriving++;
        } finally {
            lock.unlock();
        }
    }

    /** The start message checked before has been admitted or refused. */
    void arrived() {
        Admission next;
        lock.lock();
        try {
            arriving--;
            next = grant();
        } finally {
            lock.unlock();
        }
        if (next != null) {
            next.admitted();
        }
    }

    /** The timer: a preempted run held back long enough gets a free permit. */
    void tick() {
        while (true) {
            Admission next;
            lock.lock();
            try {
                next = grant();
            } finally {
                lock.unlock();
            }
            if (next == null) {
                return;
            }
            next.admitted();
        }
    }

    /**
     * Hands free permits out (lock held): to resumers in the second queue, when no start is
     * arriving or the first has waited long enough. An admission at the head of the first
     * queue is returned for the caller to start outside the lock.
     */
    private Admission grant() {
        while (free > 0) {
            Object o = first.peek();
            if (o == null) {
                Resumer r = second.peek();
                if (r == null || (arriving > 0 && System.nanoTime() - r.since < HOLD_NANOS)) {
                    return null;
                }
                o = second.poll();
            } else {
                first.poll();
            }
            free--;
            waiting--;
            if (o instanceof Resumer r) {
                r.granted = true;
                r.turn.signal();
            } else {
                return (Admission) o;
            }
        }
        return null;
    }

    /** Whether anything waits for a permit (a cheap read, for the quantum check). */
    boolean contended() {
        return waiting > 0;
    }

    /**
     * Waits for a permit again after a pause: in the first queue after a wait for the client, in
     * the second after a preemption. Returns false without one when {@code cancelled} turns true
     * first (the run is stopping and needs no CPU).
     */
    boolean reacquire(BooleanSupplier cancelled, boolean preempted) {
        lock.lock();
        try {
            if (free > 0 && waiting == 0 && (!preempted || arriving == 0)) {
                free--;
                return true;
            }
            Resumer me = new Resumer(lock.newCondition());
            if (preempted) {
                second.add(me);
            } else {
                first.add(me);
            }
            waiting++;
            while (!me.granted) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    if (preempted ? second.remove(me) : first.remove(me)) {
                        waiting--;
                    }
                    return false;
                }
                try {
                    me.turn.await(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The queued new runs, first first. */
    List<Admission> queued() {
        lock.lock();
        try {
            List<Admission> out = new ArrayList<>();
            for (Object o : first) {
                if (o instanceof Admission a) {
                    out.add(a);
                }
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** Permits not in use (tests). */
    int free() {
        lock.lock();
        try {
            return free;
        } finally {
            lock.unlock();
        }
    }
}
