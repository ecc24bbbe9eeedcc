package dev.interleave.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interleave.engine.JitTuning;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child JVM of a CLI run: the user's JVM options, the tuning, and nothing but the program on its output. */
class CliJvmTest {

    @Test
    void theOptionsBeforeDashJarGoToTheChild() {
        assertEquals(Optional.of(List.of("-Xss64m", "-Dx=y")),
                CliJvm.jvmOptions(new String[] {"-Xss64m", "-Dx=y", "-jar", "interleave.jar", "run", "-Xmx1g"}));
        assertEquals(Optional.of(List.of()), CliJvm.jvmOptions(new String[] {"-jar", "interleave.jar", "run"}));
    }

    @Test
    void theChildGetsTheSerialCollectorUnlessTheUserChoseOne() {
        assertEquals(List.of("-XX:+UseSerialGC", "-Xss64m"), CliJvm.childOptions(List.of("-Xss64m")));
        assertEquals(List.of("-XX:+UseG1GC"), CliJvm.childOptions(List.of("-XX:+UseG1GC")));
    }

    @Test
    void noChildWithoutDashJarOrWhenTheUserChoosesAnArchive() {
        assertEquals(Optional.empty(), CliJvm.jvmOptions(new String[] {"-cp", "x.jar", "Main"}));
        assertEquals(Optional.empty(), CliJvm.jvmOptions(new String[] {"-XX:AOTCache=a.aot", "-jar", "x.jar"}));
        assertEquals(Optional.empty(), CliJvm.jvmOptions(new String[] {"-Xshare:off", "-jar", "x.jar"}));
        assertEquals(Optional.empty(), CliJvm.jvmOptions(new String[] {"-XX:SharedArchiveFile=a.jsa", "-jar", "x.jar"}));
    }

    @Test
    void theChildPrintsTheProgramsOutputOnlyAndExitsWithItsStatus(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the child's options need JDK 25");
        Path program = dir.resolve("p.py");
        Files.writeString(program, "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.exit(3)\n");
        Path directives = dir.resolve("jit.json");
        Files.writeString(directives, JitTuning.DIRECTIVES);
        // the classes of this build stand in for the jar; the cache is missing, which the JVM tolerates
        Path classes = Path.of(CliJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = CliJvm.command(classes, dir.resolve("none.aot"), directives, List.of("-Xss8m"),
                "dev.interleave.cli.CliMain", new String[] {program.toString()});
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        assertEquals(3, p.waitFor());
        assertEquals("out\n", Files.readString(dir.resolve("out"), StandardCharsets.UTF_8));
        assertEquals("err\n", Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }
}
