package dev.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.machine.TraceJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** A run's trace file as text, and the determinism check every module's corpus goes through. */
public final class TraceText {

    private TraceText() {}

    /** The trace file (docs/trace.md) of running {@code source} as {@code file} with {@code options}. */
    public static String of(String file, String source, RunOptions options) {
        RunOptions o = options.withKeepTrace(true);
        RunResult r = CapturedRun.of(file, source, o).result();
        StringBuilder sb = new StringBuilder();
        try {
            TraceJson.write(sb, file, o, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** One test per program of {@code corpus}: two runs with {@code seed} give the same bytes. */
    public static Stream<DynamicTest> sameTwice(Path corpus, long seed) throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(corpus)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String src = Files.readString(p);
            String name = p.getFileName().toString();
            RunOptions seeded = RunOptions.defaults().withSeed(seed);
            assertEquals(of(name, src, seeded), of(name, src, seeded));
        }));
    }
}
