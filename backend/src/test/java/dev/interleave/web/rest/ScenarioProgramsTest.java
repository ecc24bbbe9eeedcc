package dev.interleave.web.rest;

import dev.interleave.engine.Engine;
import dev.interleave.engine.OutputSink;
import dev.interleave.engine.RunResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every gallery scenario runs on the engine with its suggested config and ends as it declares. */
class ScenarioProgramsTest {

    private static final List<Scenario> SCENARIOS = ScenarioCatalog.loadFromClasspath();

    @Test
    void theGalleryHasTheStarterScenarios() {
        Set<String> ids = new HashSet<>();
        SCENARIOS.forEach(s -> ids.add(s.id()));
        assertTrue(ids.containsAll(Set.of("counter-race", "counter-lock", "deadlock-two-locks",
                "queue-producer-consumer", "condition-bounded-buffer", "barrier-hikers", "gil-cpu-vs-io")), ids::toString);
    }

    @Test
    void textsAreInEnglishAndInChinese() {
        for (Scenario s : SCENARIOS) {
            for (Scenario.Text text : List.of(s.title(), s.summary())) {
                assertFalse(hasHan(text.en()), s.id() + ": English text with Chinese characters: " + text.en());
                assertTrue(hanShare(text.zh()) > 0.5, s.id() + ": Chinese text mostly not in Chinese: " + text.zh());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioEndsWithItsDeclaredStatus() {
        return SCENARIOS.stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            Output run = run(s);

            assertEquals(s.exitStatus(), run.result().exitStatus(), () -> s.id() + " ended " + run.result().ending()
                    + "\nstdout:\n" + run.stdout() + "\nstderr:\n" + run.stderr());
            assertFalse(run.stdout().isEmpty(), s.id() + " printed nothing");
            if (s.exitStatus() == 0) {
                assertEquals(RunResult.Ending.FINISHED, run.result().ending());
                assertEquals("", run.stderr(), s.id() + " wrote to stderr");
            } else if (s.exitStatus() == 3) {
                assertEquals(RunResult.Ending.DEADLOCK, run.result().ending());
                assertTrue(run.stderr().contains("cycle:"), run.stderr());
            }
        }));
    }

    @Test
    void theRaceLosesUpdatesAndTheLockDoesNot() {
        String race = run(scenario("counter-race")).stdout();
        assertTrue(race.matches("(?s)expected 40000, got (?!40000)\\d+\n[1-9]\\d* updates were lost\n"), race);
        assertEquals("expected 40000, got 40000\n", run(scenario("counter-lock")).stdout());
    }

    @Test
    void theCpuBoundThreadsShareOneGilAndTheSleepersOverlap() {
        String out = run(scenario("gil-cpu-vs-io")).stdout();
        double oneCrunch = millis(out, "1 x crunch");
        double fourCrunch = millis(out, "4 x crunch");
        double oneFetch = millis(out, "1 x fetch");
        double fourFetch = millis(out, "4 x fetch");
        assertTrue(fourCrunch > 3.5 * oneCrunch, out);
        assertTrue(fourFetch < 1.1 * oneFetch, out);
    }

    private record Output(RunResult result, String stdout, String stderr) {
    }

    private static Scenario scenario(String id) {
        return SCENARIOS.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static Output run(Scenario s) {
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        RunResult result = new Engine().run("main.py", s.source(), s.options(), new OutputSink() {
            @Override
            public void stdout(String text) {
                stdout.append(text);
            }

            @Override
            public void stderr(String text) {
                stderr.append(text);
            }
        });
        return new Output(result, stdout.toString(), stderr.toString());
    }

    private static double millis(String out, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(label)
                + ": ([0-9.]+) ms").matcher(out);
        assertTrue(m.find(), label + " missing in\n" + out);
        return Double.parseDouble(m.group(1));
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Chinese characters as a share of characters plus Latin words (names like Lock or put() are allowed). */
    private static double hanShare(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latinWords = java.util.regex.Pattern.compile("[A-Za-z_]+").matcher(text).results().count();
        return han == 0 ? 0 : (double) han / (han + latinWords);
    }
}
