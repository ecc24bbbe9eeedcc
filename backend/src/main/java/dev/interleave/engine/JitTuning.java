package dev.interleave.engine;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * JIT settings for short runs. A one-shot CLI run lasts a few seconds, and HotSpot's C2
 * compiler spends that time recompiling the large bytecode loop each time the program enters
 * a new phase (a deoptimisation storm). Keeping the loop on C1, while everything it calls still
 * gets C2, halves such runs. The server, which runs for hours, keeps the default.
 *
 * <p>Installed through HotSpot's compiler directives (the {@code Compiler.directives_add}
 * diagnostic command), so no JVM flag is needed; on a JVM without them nothing changes.
 */
public final class JitTuning {
    private JitTuning() {}

    /** The compiler directives of a CLI run (HotSpot's JSON format). */
    public static final String DIRECTIVES = """
            [{ match: "dev/interleave/vm/EvalLoop.loop", c2: { Exclude: true } }]
            """;

    /**
     * The system property that says the JVM was started with {@link #DIRECTIVES} already
     * ({@code -XX:CompilerDirectivesFile}, as {@code launch.CliJvm} starts a CLI run), when it
     * is {@value #GIVEN}; {@code default} keeps HotSpot's defaults (for measuring).
     */
    public static final String PROPERTY = "interleave.jit";
    public static final String GIVEN = "given";

    /** Applies the short-run settings unless the JVM was started with them or told to keep its defaults. */
    public static void preferQuickWarmupUnlessGiven() {
        String p = System.getProperty(PROPERTY);
        if (!GIVEN.equals(p) && !"default".equals(p)) {
            // Installing the directive starts the JVM's management server (~0.1 s): done beside the run.
            Thread.ofPlatform().daemon().name("interleave-jit-tuning").start(JitTuning::preferQuickWarmup);
        }
    }

    /** Applies the short-run settings; returns whether the JVM accepted them. */
    public static boolean preferQuickWarmup() {
        Path file = null;
        try {
            file = Files.createTempFile("interleave-jit", ".json");
            file.toFile().deleteOnExit(); // a short run may end (System.exit) before this thread does
            Files.writeString(file, DIRECTIVES);
            Object added = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(added).contains("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }
}
