package dev.interleave.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The child JVM of a cached CLI run gets the options the user gave the JVM, and only those. */
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
}
