package dev.interleave.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The child JVM of a cached CLI run gets the options the user gave the JVM, and only those. */
class AotCacheTest {

    @Test
    void theOptionsBeforeDashJarGoToTheChild() {
        assertEquals(Optional.of(List.of("-Xss64m", "-Dx=y")),
                AotCache.jvmOptions(new String[] {"-Xss64m", "-Dx=y", "-jar", "interleave.jar", "run", "-Xmx1g"}));
        assertEquals(Optional.of(List.of()), AotCache.jvmOptions(new String[] {"-jar", "interleave.jar", "run"}));
    }

    @Test
    void noChildWithoutDashJarOrWhenTheUserChoosesAnArchive() {
        assertEquals(Optional.empty(), AotCache.jvmOptions(new String[] {"-cp", "x.jar", "Main"}));
        assertEquals(Optional.empty(), AotCache.jvmOptions(new String[] {"-XX:AOTCache=a.aot", "-jar", "x.jar"}));
        assertEquals(Optional.empty(), AotCache.jvmOptions(new String[] {"-Xshare:off", "-jar", "x.jar"}));
        assertEquals(Optional.empty(), AotCache.jvmOptions(new String[] {"-XX:SharedArchiveFile=a.jsa", "-jar", "x.jar"}));
    }
}
