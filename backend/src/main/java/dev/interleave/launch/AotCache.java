package dev.interleave.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ahead-of-time cache of a CLI run ({@code interleave.aot} beside the jar, JDK 25's JEP 483
 * and 515): the engine's classes already loaded and linked, its lambdas already spun, and method
 * profiles from a training run, so that a run starts in about a fifth of the time and its hot
 * code is compiled sooner. The build writes it (backend/pom.xml, profile {@code aot-cache}) by
 * running {@code src/aot/training.py} with the JDK that built the jar.
 *
 * <p>A cache needs a JVM flag, so the launcher starts the CLI in a child JVM with the same JVM
 * options, the cache, its input and output, and hands back its exit status. The JVM checks that
 * the cache belongs to this very jar and JVM and runs without it (silently) when it does not.
 * No cache, a JVM older than 25, JVM options that choose a class data archive themselves, or
 * {@code -Dinterleave.aot=off}: the CLI runs in this JVM, as before.
 */
final class AotCache {
    private AotCache() {}

    static final String FILE = "interleave.aot";
    private static final int FIRST_FEATURE_RELEASE = 25;

    /** Runs the CLI in a child JVM that uses the cache; its exit status, or -1 when that is not possible. */
    static int runInChild(Path jar, String mainClass, String[] cliArgs) throws InterruptedException {
        Path cache = jar.resolveSibling(FILE);
        if (Runtime.version().feature() < FIRST_FEATURE_RELEASE || "off".equals(System.getProperty("interleave.aot"))
                || !Files.isRegularFile(cache)) {
            return -1;
        }
        Optional<List<String>> options = ProcessHandle.current().info().arguments().flatMap(AotCache::jvmOptions);
        if (options.isEmpty()) {
            return -1;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.get());
        command.add("-XX:AOTCache=" + cache);
        command.add("-Xlog:aot=off");
        command.add("-Xlog:cds=off");
        command.add("-cp");
        command.add(jar.toString());
        command.add(mainClass);
        command.addAll(List.of(cliArgs));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return -1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        return child.waitFor();
    }

    /**
     * The JVM options of a {@code java} command line (its arguments, what comes before
     * {@code -jar}), to start the child with; empty when there is no {@code -jar} or when they
     * already choose a class data archive.
     */
    static Optional<List<String>> jvmOptions(String[] arguments) {
        List<String> options = new ArrayList<>();
        for (String a : arguments) {
            if (a.equals("-jar")) {
                return Optional.of(options);
            }
            if (a.startsWith("-XX:AOT") || a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare")
                    || a.startsWith("-XX:ArchiveClassesAtExit") || a.contains("AutoCreateSharedArchive")) {
                return Optional.empty();
            }
            options.add(a);
        }
        return Optional.empty();
    }
}
