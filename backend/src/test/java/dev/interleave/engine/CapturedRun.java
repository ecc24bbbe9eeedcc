package dev.interleave.engine;

/** Runs a program through the engine on a large-stack thread and keeps what it printed. */
record CapturedRun(RunResult result, String stdout, String stderr) {

    static CapturedRun of(String source) {
        return of(source, RunOptions.defaults());
    }

    static CapturedRun of(String source, RunOptions options) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                err.append(text);
            }
        };
        RunResult[] box = new RunResult[1];
        Thread t = new Thread(null, () -> box[0] = new Engine().run("main.py", source, options, sink),
                "engine-test", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new CapturedRun(box[0], out.toString(), err.toString());
    }
}
