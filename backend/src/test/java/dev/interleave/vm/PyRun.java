package dev.interleave.vm;

import dev.interleave.engine.Engine;
import dev.interleave.engine.OutputSink;
import dev.interleave.engine.RunOptions;

/**
 * Runs a snippet through the engine for the protocol tests (Arith, Compare, Ops, ...), after a
 * prelude defining {@code t(f)}: print {@code repr(f())}, or the exception as "Type: message".
 * Returns stdout and stderr together.
 */
final class PyRun {
    private PyRun() {}

    static final String PRELUDE = """
            def t(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            """;

    static String run(String snippet) {
        StringBuilder text = new StringBuilder();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String s) {
                text.append(s);
            }

            @Override
            public void stderr(String s) {
                text.append(s);
            }
        };
        Thread t = new Thread(null, () -> new Engine().run("main.py", PRELUDE + snippet, RunOptions.defaults(), sink),
                "protocol-test", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
