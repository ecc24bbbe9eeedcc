package dev.interleave.cli;

import dev.interleave.machine.MachineConfig;

import dev.interleave.engine.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliArgsTest {

    private static CliArgs parse(String... args) throws CliArgs.UsageException {
        return CliArgs.parse(List.of(args));
    }

    @Test
    void fileAloneTakesTheEngineDefaults() throws Exception {
        CliArgs args = parse("prog.py");
        RunOptions defaults = RunOptions.defaults();

        assertEquals("prog.py", args.file());
        assertEquals(defaults.cores(), args.cores());
        assertEquals(defaults.seed(), args.seed());
        assertEquals(defaults.startMethod(), args.startMethod());
        assertEquals(defaults.gil(), args.gil());
        assertNull(args.traceFile());
        assertNull(args.chromeTraceFile());
    }

    @Test
    void everyOptionIsRead() throws Exception {
        CliArgs args = parse("--cores", "8", "dir/prog.py", "--seed", "-42", "--start-method", "spawn",
                "--no-gil", "--trace", "out.json", "--chrome-trace", "chrome.json");

        assertEquals("dir/prog.py", args.file());
        assertEquals(8, args.cores());
        assertEquals(-42, args.seed());
        assertEquals("spawn", args.startMethod());
        assertFalse(args.gil());
        assertEquals("out.json", args.traceFile());
        assertEquals("chrome.json", args.chromeTraceFile());
        assertTrue(args.toRunOptions().keepTrace());
    }

    @Test
    void machineOptionsAreRead() throws Exception {
        CliArgs args = parse("p.py", "--switch-interval", "0.001", "--time-slice=0.002", "--bytecode-ns", "20",
                "--jitter", "0", "--drop-at", "checkpoint", "--policy", "round-robin", "--summary", "--repeat", "3");
        MachineConfig m = args.options().machine();
        assertEquals(1_000_000L, m.switchIntervalNs());
        assertEquals(2_000_000L, m.timeSliceNs());
        assertEquals(20, m.bytecodeNs());
        assertEquals(0.0, m.jitter());
        assertEquals(MachineConfig.DropPoint.CHECKPOINT, m.dropAt());
        assertEquals("round-robin", args.options().policy());
        assertTrue(args.summary());
        assertEquals(3, args.repeat());
        assertFalse(args.toRunOptions().keepTrace());
    }

    @Test
    void replayReadsTheChosenThreadsOfATraceFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path trace = dir.resolve("t.json");
        java.nio.file.Files.writeString(trace, """
                {"format":"interleave-trace","version":1,
                "decisions":[
                {"seq":3,"kind":"gil","options":[1,2],"chosen":2},
                {"seq":9,"kind":"core","options":[4,2,1],"chosen":4}
                ],
                "summary":{}}
                """);
        CliArgs args = parse("p.py", "--replay", trace.toString());
        assertEquals(java.util.List.of(2, 4), args.options().replay());
    }

    @Test
    void optionsTakeInlineValues() throws Exception {
        CliArgs args = parse("p.py", "--cores=2", "--seed=7", "--start-method=fork", "--trace=t.json");

        assertEquals(2, args.cores());
        assertEquals(7, args.seed());
        assertEquals("fork", args.startMethod());
        assertEquals("t.json", args.traceFile());
        assertTrue(args.gil());
    }

    @Test
    void doubleDashAllowsAFileThatLooksLikeAnOption() throws Exception {
        assertEquals("--odd.py", parse("--", "--odd.py").file());
    }

    @Test
    void runOptionsCarryTheArguments() throws Exception {
        RunOptions options = parse("p.py", "--cores", "3", "--seed", "9", "--start-method", "spawn", "--no-gil")
                .toRunOptions();

        assertEquals(3, options.cores());
        assertEquals(9, options.seed());
        assertEquals("spawn", options.startMethod());
        assertFalse(options.gil());
        assertEquals(RunOptions.defaults().limits(), options.limits());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                  | missing FILE",
            "--cores 2                           | missing FILE",
            "a.py b.py                           | unexpected argument: b.py",
            "a.py --verbose                      | unknown option: --verbose",
            "a.py --cores                        | --cores needs a value",
            "a.py --cores four                   | --cores needs a whole number, not 'four'",
            "a.py --cores 0                      | --cores must be between 1 and 64, not 0",
            "a.py --policy fair                  | --policy must be random or round-robin, not 'fair'",
            "a.py --jitter 2                     | --jitter must be between 0 and 0.5, not 2",
            "a.py --drop-at call                 | --drop-at must be bytecode or checkpoint, not 'call'",
            "a.py --switch-interval 0            | --switch-interval must be more than 0 and at most 60 seconds, not 0",
            "a.py --replay nothere.json          | can't open the trace to replay 'nothere.json': No such file or directory",
            "a.py --cores 99999999999            | --cores needs a whole number, not '99999999999'",
            "a.py --seed 1.5                     | --seed needs a whole number, not '1.5'",
            "a.py --start-method forkserver      | --start-method must be fork or spawn, not 'forkserver'",
            "a.py --no-gil=yes                   | --no-gil takes no value",
            "a.py --trace                        | --trace needs a value",
            "a.py --trace --seed                 | --trace needs a file name",
            "a.py --chrome-trace=                | --chrome-trace needs a file name",
            "--                                  | missing FILE after --",
    })
    void badArgumentsAreUsageErrors(String line, String message) {
        String[] args = line.isEmpty() ? new String[0] : line.trim().split("\\s+");

        CliArgs.UsageException e = assertThrows(CliArgs.UsageException.class,
                () -> CliArgs.parse(Arrays.asList(args)));

        assertEquals(message, e.getMessage());
    }
}
