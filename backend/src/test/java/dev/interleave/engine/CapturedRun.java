package dev.interleave.engine;

/**
 * Runs a program through the engine on a thread with a large stack, as the CLI and the server
 * do, and keeps what it printed: stdout and stderr apart, and {@code output} with both as they
 * were written, interleaved.
 */
public record CapturedRun(RunResult result, String stdout, String stderr, String output) {

    private static final long STACK_SIZE = 256L << 20;

    /**
     * Runs {@code source} as main.py keeping its trace, and fails the test unless it exits 0
     * (with everything it printed as the message).
     */
    public static CapturedRun traced(String source, RunOptions options) {
        CapturedRun r = of(source, options.withKeepTrace(true));
        org.junit.jupiter.api.Assertions.assertEquals(0, r.result().exitStatus(), r.output());
        return r;
    }

    /** The trace's events of {@code kind}, in order (the run must have kept its trace). */
    public java.util.List<dev.interleave.machine.TraceEvent> events(String kind) {
        return result.trace().events().stream().filter(e -> e.kind().equals(kind)).toList();
    }

    public static CapturedRun of(String source) {
        return of(source, RunOptions.defaults());
    }

    public static CapturedRun of(String source, RunOptions options) {
        return of("main.py", source, options);
    }

    /**
     * Runs {@code source} as the file {@code fileName}. An exception that escapes the engine is
     * thrown again here, on the caller's thread.
     */
    public static CapturedRun of(String fileName, String source, RunOptions options) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        StringBuilder both = new StringBuilder();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                out.append(text);
                both.append(text);
            }

            @Override
            public void stderr(String text) {
                err.append(text);
                both.append(text);
            }
        };
        RunResult[] result = new RunResult[1];
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = new Engine().run(fileName, source, options, sink);
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "engine-test", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (thrown[0] instanceof RuntimeException e) {
            throw e;
        }
        if (thrown[0] instanceof Error e) {
            throw e;
        }
        if (thrown[0] != null) {
            throw new IllegalStateException(thrown[0]);
        }
        return new CapturedRun(result[0], out.toString(), err.toString(), both.toString());
    }
}
