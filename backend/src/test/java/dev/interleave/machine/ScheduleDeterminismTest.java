package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.engine.TraceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Same inputs, same trace, byte for byte; different seeds, different interleavings; replay is exact. */
class ScheduleDeterminismTest {

    private static final Path CORPUS = Path.of("src/test/resources/conformance/threads");

    private static String traceOf(String file, String source, RunOptions options) {
        return TraceText.of(file, source, options);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusProgramGivesTheSameTraceTwice() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(CORPUS)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String src = Files.readString(p);
            String name = p.getFileName().toString();
            RunOptions seeded = RunOptions.defaults().withSeed(11);
            String first = traceOf(name, src, seeded);
            String second = traceOf(name, src, seeded);
            assertEquals(first, second);
            assertFalse(first.contains("wall"), "no wall-clock figures in a trace");
        }));
    }

    private static final String RACE = """
            import threading
            x = 0
            def inc():
                global x
                for _ in range(100000):
                    x += 1
            ts = [threading.Thread(target=inc) for _ in range(4)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            print(x)
            """;

    @Test
    void theUnlockedCounterEndsDifferentlyForDifferentSeeds() {
        Set<String> finals = new HashSet<>();
        for (int seed = 1; seed <= 6; seed++) {
            finals.add(CapturedRun.of(RACE, RunOptions.defaults().withSeed(seed)).stdout());
        }
        assertTrue(finals.size() >= 3, "final values: " + finals);
        assertFalse(finals.contains("400000\n") && finals.size() == 1, "the race must lose updates");
    }

    @Test
    void atCheckpointsOnlyTheCounterRaceHides() {
        RunOptions checkpoints = RunOptions.defaults().withMachine(
                RunOptions.defaults().machine().withDropAt(MachineConfig.DropPoint.CHECKPOINT));
        for (int seed = 1; seed <= 3; seed++) {
            assertEquals("400000\n", CapturedRun.of(RACE, checkpoints.withSeed(seed)).stdout());
        }
    }

    @Test
    void aRecordedDecisionListReplaysToTheSameTrace() {
        String program = """
                import threading, time
                lock = threading.Lock()
                out = []
                def worker(n):
                    for i in range(3):
                        with lock:
                            out.append(n)
                        k = 0
                        for j in range(20000 * n):
                            k += j
                ts = [threading.Thread(target=worker, args=(n,)) for n in range(1, 5)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                print(out)
                """;
        RunOptions opts = RunOptions.defaults().withSeed(5).withKeepTrace(true);
        RunResult first = CapturedRun.of("p.py", program, opts).result();
        List<Integer> chosen = new ArrayList<>();
        for (Decision d : first.trace().decisions()) {
            chosen.add(d.chosen());
        }
        assertFalse(chosen.isEmpty(), "the run made decisions");
        RunResult replayed = CapturedRun.of("p.py", program, opts.withReplay(chosen)).result();
        assertEquals(render(first.trace()), render(replayed.trace()));
        // the list really drives the choices: pick the other option at the first decision
        Decision d0 = first.trace().decisions().get(0);
        int other = d0.options().get(0) == d0.chosen() ? d0.options().get(1) : d0.options().get(0);
        List<Integer> changed = new ArrayList<>(chosen.subList(0, 1));
        changed.set(0, other);
        RunResult forked = CapturedRun.of("p.py", program, opts.withReplay(changed)).result();
        assertEquals(other, forked.trace().decisions().get(0).chosen());
    }

    private static String render(Trace t) {
        StringBuilder sb = new StringBuilder();
        for (TraceEvent e : t.events()) {
            sb.append(e.seq()).append(' ').append(e.time()).append(' ').append(e.kind()).append(' ').append(e.actor())
                    .append(' ').append(e.object()).append(' ').append(e.line()).append(' ')
                    .append(java.util.Arrays.deepToString(e.details())).append('\n');
        }
        for (Decision d : t.decisions()) {
            sb.append(d).append('\n');
        }
        return sb.toString();
    }
}
