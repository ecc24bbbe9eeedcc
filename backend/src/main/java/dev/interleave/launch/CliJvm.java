package dev.interleave.launch;

import dev.interleave.engine.JitTuning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM a CLI run gets. A run is one short, single-threaded burst of work, which two things
 * make faster than the JVM's defaults:
 *
 * <ul>
 * <li>the ahead-of-time cache {@code interleave.aot} beside the jar (JDK 25's JEP 483 and 515):
 * the engine's classes already loaded and linked, its lambdas already spun, and method profiles
 * from a training run, so that a run starts in about a third of the time and its hot code is
 * compiled sooner. The build writes it (backend/pom.xml, profile {@code aot-cache}) by running
 * {@code src/aot/training.py} with the JDK that built the jar and the options below;</li>
 * <li>{@link #TUNING}: the serial collector, which does a single thread's garbage in its
 * pauses and runs nothing beside the program (the default collector's concurrent threads and
 * barriers cost more CPU than they save in so short a run); and {@code JitTuning}'s compiler
 * directives as a (temporary) file, so that the run need not install them through the JVM's
 * management server (0.1 to 0.2 s of CPU).</li>
 * </ul>
 *
 * <p>Both need JVM flags, so the launcher starts the CLI in a child JVM with the user's JVM
 * options, these, its input and output, and hands back its exit status. The JVM checks that the
 * cache belongs to this very jar and JVM and runs without it (silently) when it does not. No
 * cache, a JVM older than 25, JVM options that choose a class data archive themselves, or
 * {@code -Dinterleave.aot=off}: the CLI runs in this JVM, with its defaults.
 *
 * <p>This code runs before every CLI run, so it uses no lambdas and no string concatenation of
 * variables: the JVM would have to spin their classes first (~40 ms).
 */
final class CliJvm {
    private CliJvm() {}

    static final String FILE = "interleave.aot";
    private static final int FIRST_FEATURE_RELEASE = 25;
    /** The child's options before the user's; none when the user chose a collector. */
    static final List<String> TUNING = List.of("-XX:+UseSerialGC");

    /** Runs the CLI in a child JVM that uses the cache; its exit status, or -1 when that is not possible. */
    static int runInChild(Path jar, String mainClass, String[] cliArgs) throws InterruptedException {
        Path cache = jar.resolveSibling(FILE);
        if (Runtime.version().feature() < FIRST_FEATURE_RELEASE || "off".equals(System.getProperty("interleave.aot"))
                || !Files.isRegularFile(cache)) {
            return -1;
        }
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        Optional<List<String>> options = arguments.isPresent() ? jvmOptions(arguments.get()) : Optional.empty();
        if (options.isEmpty()) {
            return -1;
        }
        // named by this process rather than by Files.createTempFile, whose random names cost ~40 ms of
        // CPU (SecureRandom); a file already there (left by a killed run, or planted) is not written to
        Path directives = Path.of(System.getProperty("java.io.tmpdir"),
                "interleave-jit-".concat(Long.toString(ProcessHandle.current().pid())).concat(".json"));
        try {
            Files.writeString(directives, JitTuning.DIRECTIVES, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            directives.toFile().deleteOnExit();
        } catch (IOException e) {
            return -1;
        }
        List<String> command = command(jar, cache, directives, options.get(), mainClass, cliArgs);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return -1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override
            public void run() {
                child.destroy();
            }
        });
        return child.waitFor();
    }

    /** The child's command line. */
    static List<String> command(Path jar, Path cache, Path directives, List<String> userOptions, String mainClass,
                                String[] cliArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UnlockDiagnosticVMOptions");
        command.add("-XX:CompilerDirectivesFile=".concat(directives.toString()));
        // HotSpot announces the directives it read on stdout ("1 compiler directives added"); nothing else
        // of the VM's own console output concerns a run (its warnings go through -Xlog, which stays on)
        command.add("-XX:-DisplayVMOutput");
        command.add("-D" + JitTuning.PROPERTY + "=" + JitTuning.GIVEN); // constants: no concatenation at run time
        command.addAll(childOptions(userOptions));
        command.add("-XX:AOTCache=".concat(cache.toString()));
        command.add("-Xlog:aot=off");
        command.add("-Xlog:cds=off");
        command.add("-cp");
        command.add(jar.toString());
        command.add(mainClass);
        command.addAll(List.of(cliArgs));
        return command;
    }

    /** {@link #TUNING} followed by the user's options, or the user's alone when they choose a collector. */
    static List<String> childOptions(List<String> user) {
        boolean choosesGc = false;
        for (String o : user) {
            choosesGc |= o.startsWith("-XX:+Use") && o.endsWith("GC");
        }
        List<String> all = new ArrayList<>(choosesGc ? List.of() : TUNING);
        all.addAll(user);
        return all;
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
