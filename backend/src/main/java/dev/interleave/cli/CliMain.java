package dev.interleave.cli;

import dev.interleave.engine.JitTuning;

/**
 * The entry point of {@code interleave.jar run ...}: runs one program headless, without Spring.
 * Its packages (the engine and the CLI) also sit at the jar's root, so that the launcher loads
 * them with the JVM's own class loader, which an ahead-of-time cache can serve
 * ({@code launch.CliJvm}).
 */
public final class CliMain {
    private CliMain() {}

    /** Stack of the thread that runs a CLI program: the interpreter may recurse deeply. */
    private static final long CLI_STACK_BYTES = 512L << 20;

    /** {@code args}: what follows {@code run} on the command line. */
    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args));
    }

    private static int run(String[] args) throws InterruptedException {
        JitTuning.preferQuickWarmupUnlessGiven();
        int[] status = {RunCommand.EXIT_INTERNAL_ERROR};
        Thread thread = new Thread(null, () -> status[0] = RunCommand.standard().execute(args),
                "interleave-main", CLI_STACK_BYTES);
        thread.start();
        thread.join();
        return status[0];
    }
}
