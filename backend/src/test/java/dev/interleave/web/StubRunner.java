package dev.interleave.web;

import dev.interleave.engine.OutputSink;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;

/** A {@link ProgramRunner} whose behaviour each test sets; it never touches the engine. */
final class StubRunner implements ProgramRunner {

    volatile ProgramRunner behaviour;

    @Override
    public RunResult run(String fileName, String source, RunOptions options, OutputSink out) {
        return behaviour.run(fileName, source, options, out);
    }
}
