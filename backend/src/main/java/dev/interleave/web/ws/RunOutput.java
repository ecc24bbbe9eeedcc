package dev.interleave.web.ws;

import dev.interleave.engine.OutputSink;

/** A run's stdout and stderr for its summary, each capped; past the cap the rest is dropped and the text says so. */
final class RunOutput implements OutputSink {

    static final String TRUNCATED = "\n[output truncated]";

    private final int limit;
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private boolean stdoutCut;
    private boolean stderrCut;

    RunOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public void stdout(String text) {
        stdoutCut |= append(stdout, text);
    }

    @Override
    public void stderr(String text) {
        stderrCut |= append(stderr, text);
    }

    String stdoutText() {
        return stdoutCut ? stdout + TRUNCATED : stdout.toString();
    }

    String stderrText() {
        return stderrCut ? stderr + TRUNCATED : stderr.toString();
    }

    /** Appends what fits; true when something did not. */
    private boolean append(StringBuilder sb, String text) {
        int room = limit - sb.length();
        if (text.length() <= room) {
            sb.append(text);
            return false;
        }
        sb.append(text, 0, Math.max(0, room));
        return true;
    }
}
