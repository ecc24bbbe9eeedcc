package dev.interleave.engine;

/** Receives the program's output as it is written. Called on the thread that runs the program. */
public interface OutputSink {
    void stdout(String text);

    void stderr(String text);
}
