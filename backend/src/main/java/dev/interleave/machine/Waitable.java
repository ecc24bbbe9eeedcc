package dev.interleave.machine;

/**
 * Something a thread can block on: a lock, a condition, a queue, another thread's end. The
 * machine asks it who holds it (for the wait-for graph and the deadlock report).
 */
public interface Waitable {

    /** Its id in the trace header. */
    int traceId();

    /** "Lock lock_a" and the like, for reports. */
    String describe();

    /** The thread that must act for waiters to go on (a lock's holder, a joined thread), or null. */
    default SimThread holder() {
        return null;
    }

    /** Called when a waiter gives up (timed out): forget it. */
    default void forget(SimThread waiter) {
    }
}
