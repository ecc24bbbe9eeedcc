package dev.interleave.machine;

/**
 * What a process does with each signal: its default action, nothing, or a Python handler that
 * its main thread runs between bytecodes. The interpreter of each process answers.
 */
public interface SignalDisposition {

    int DEFAULT = 0;
    int IGNORE = 1;
    int HANDLER = 2;

    /** {@link #DEFAULT}, {@link #IGNORE} or {@link #HANDLER} for signal {@code sig}. */
    int action(int sig);

    /** Runs the handler of {@code sig} on the running thread (the process's main thread). */
    void run(int sig);
}
