package dev.interleave;

import dev.interleave.cli.CliMain;
import dev.interleave.web.InterleaveServer;

import java.util.Arrays;

/**
 * Entry point of the backend's classes: {@code run FILE.py ...} runs one program headless without
 * starting Spring ({@link CliMain}); anything else starts the server. In the jar,
 * {@code launch.Launcher} comes first and makes the same choice.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("run")) {
            CliMain.main(Arrays.copyOfRange(args, 1, args.length));
        }
        InterleaveServer.start(args);
    }
}
