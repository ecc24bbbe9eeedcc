package dev.interleave.web;

import dev.interleave.engine.OutputSink;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;

/** Runs one program to its end. Production runs it on the {@link dev.interleave.engine.Engine}. */
@FunctionalInterface
public interface ProgramRunner {
    RunResult run(String fileName, String source, RunOptions options, OutputSink out);
}
