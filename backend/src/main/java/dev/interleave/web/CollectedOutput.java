package dev.interleave.web;

import dev.interleave.engine.OutputSink;

/** A run's stdout and stderr kept in memory, each capped at {@link #LIMIT_CHARS}. */
final class CollectedOutput implements OutputSink {

    static final int LIMIT_CHARS = 1 << 20;

    private final CappedText stdout = new CappedText(LIMIT_CHARS);
    private final CappedText stderr = new CappedText(LIMIT_CHARS);

    @Override
    public void stdout(String text) {
        stdout.append(text);
    }

    @Override
    public void stderr(String text) {
        stderr.append(text);
    }

    String stdoutText() {
        return stdout.toString();
    }

    String stderrText() {
        return stderr.toString();
    }
}
