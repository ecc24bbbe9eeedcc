package dev.interleave.machine;

/**
 * The program's own process was ended by a signal's default action (or os._exit in another
 * thread): thrown on its main thread, the engine ends the run with the shell's status for it
 * (128 + the signal, or the exit code).
 */
public final class ProcessKilled extends RuntimeException {
    /** The signal, or 0 when the process exited with {@link #exitCode}. */
    public final int signal;
    public final int exitCode;

    ProcessKilled(int waitStatus) {
        super("ended with wait status " + waitStatus, null, false, false);
        this.signal = waitStatus & 0x7F;
        this.exitCode = (waitStatus >> 8) & 0xFF;
    }

    /** The shell's status for the program: 128 + the signal, or the exit code. */
    public int shellStatus() {
        return signal != 0 ? 128 + signal : exitCode;
    }
}
