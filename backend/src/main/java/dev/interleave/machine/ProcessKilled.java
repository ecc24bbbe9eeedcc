package dev.interleave.machine;

/**
 * The program's own process was ended by a signal's default action: thrown on its main thread,
 * the engine ends the run with the shell's status for it (128 + the signal).
 */
public final class ProcessKilled extends RuntimeException {
    public final int signal;

    ProcessKilled(int signal) {
        super("killed by signal " + signal, null, false, false);
        this.signal = signal;
    }
}
