package dev.interleave.machine;

/** Something the machine does at a virtual time: wake a sleeper, end a wait, check the GIL. */
final class Timer implements Comparable<Timer> {

    final long time;
    final long seq;
    final Runnable action;
    boolean cancelled;

    Timer(long time, long seq, Runnable action) {
        this.time = time;
        this.seq = seq;
        this.action = action;
    }

    @Override
    public int compareTo(Timer o) {
        return time != o.time ? Long.compare(time, o.time) : Long.compare(seq, o.seq);
    }
}
