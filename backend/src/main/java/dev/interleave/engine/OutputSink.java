package dev.interleave.engine;

/** Receives the program's output as it is written. Called on the thread that runs the program. */
public interface OutputSink {
    void stdout(String text);

    void stderr(String text);

    /** Drops everything (benchmark warm-up runs). */
    OutputSink DISCARD = new OutputSink() {
        @Override
        public void stdout(String text) {
        }

        @Override
        public void stderr(String text) {
        }
    };
}
