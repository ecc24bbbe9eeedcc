package dev.interleave.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of the conformance corpus (src/test/resources/conformance) through the
 * engine and compares stdout, stderr and exit status with what CPython 3.13 recorded
 * (scripts/record_conformance.py). Programs named in a directory's KNOWN_FAILURES file are
 * expected to differ still; one of them passing is also a failure, so the list only shrinks.
 */
class ConformanceTest {

    private static final Path ROOT = Path.of("src/test/resources/conformance");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Set<String> known = knownFailures(dir);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                        String name = py.getFileName().toString();
                        String stem = name.substring(0, name.length() - 3);
                        tests.add(DynamicTest.dynamicTest(dir.getFileName() + "/" + stem,
                                () -> check(dir, stem, known.contains(stem))));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static Set<String> knownFailures(Path dir) throws IOException {
        Path f = dir.resolve("KNOWN_FAILURES");
        Set<String> out = new TreeSet<>();
        if (Files.exists(f)) {
            for (String line : Files.readAllLines(f)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The outcome of one program: what it printed and its status. */
    record Outcome(String stdout, String stderr, int status) {}

    /** Runs on a thread with a large stack, as the CLI and the server do. */
    private static Outcome run(Path dir, String stem) throws IOException {
        String source = Files.readString(dir.resolve(stem + ".py"), StandardCharsets.UTF_8);
        CapturedRun r = CapturedRun.of(stem + ".py", source, RunOptions.defaults());
        return new Outcome(r.stdout(), r.stderr(), r.result().exitStatus());
    }

    private static void check(Path dir, String stem, boolean knownFailure) throws Exception {
        Outcome expected = new Outcome(read(dir, stem + ".out"), read(dir, stem + ".err"),
                Integer.parseInt(read(dir, stem + ".status").strip()));
        Outcome actual = run(dir, stem);
        boolean same = expected.equals(actual);
        if (knownFailure) {
            if (same) {
                fail(stem + " now matches CPython: remove it from " + dir.resolve("KNOWN_FAILURES"));
            }
            return;
        }
        assertEquals(expected.stdout(), actual.stdout(), stem + ": stdout");
        assertEquals(expected.stderr(), actual.stderr(), stem + ": stderr");
        assertEquals(expected.status(), actual.status(), stem + ": exit status");
    }

    private static String read(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
