package dev.interleave;

import dev.interleave.cli.RunCommand;
import dev.interleave.engine.JitTuning;
import dev.interleave.web.InterleaveServer;

import java.util.Arrays;

/**
 * Entry point of interleave.jar. {@code run FILE.py ...} runs one program headless without
 * starting Spring (the CLI's start-up time is benchmarked); anything else starts the server.
 */
public final class Main {

    /** Stack of the thread that runs a CLI program: the interpreter may recurse deeply. */
    private static final long CLI_STACK_BYTES = 512L << 20;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("run")) {
            System.exit(runCli(Arrays.copyOfRange(args, 1, args.length)));
        }
        InterleaveServer.start(args);
    }

    private static int runCli(String[] args) throws InterruptedException {
        // Installing the directive starts the JVM's management server (~0.2 s): done beside the run.
        Thread.ofPlatform().daemon().name("interleave-jit-tuning").start(JitTuning::preferQuickWarmup);
        int[] status = {RunCommand.EXIT_INTERNAL_ERROR};
        Thread thread = new Thread(null, () -> status[0] = RunCommand.standard().execute(args),
                "interleave-main", CLI_STACK_BYTES);
        thread.start();
        thread.join();
        return status[0];
    }
}
