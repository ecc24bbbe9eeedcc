package dev.interleave.cli;

import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> calls = new ArrayList<>();
    private RunOptions seenOptions;

    /** Stands in for the engine: echoes the source, writes a line to stderr, ends with exit status 3. */
    private RunCommand command() {
        return new RunCommand((fileName, source, options, sink) -> {
            calls.add(fileName);
            seenOptions = options;
            sink.stdout(source);
            sink.stderr("héllo on stderr\n");
            return new RunResult(3, RunResult.Ending.DEADLOCK, "deadlock");
        }, out, err);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsTheFileAndReturnsTheProgramsStatus() throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, "print('π')\n", StandardCharsets.UTF_8);

        int status = command().execute(new String[]{file.toString(), "--cores", "2", "--seed", "5", "--no-gil"});

        assertEquals(3, status);
        assertEquals(List.of(file.toString()), calls);
        assertEquals(2, seenOptions.cores());
        assertEquals(5, seenOptions.seed());
        assertEquals(false, seenOptions.gil());
        assertEquals("print('π')\n", stdout());
        assertEquals("héllo on stderr\n", stderr());
    }

    @Test
    void passesTheFileNameExactlyAsGiven() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("p.py"), "x = 1\n");
        String asGiven = dir + "/sub/../sub/./p.py";

        command().execute(new String[]{asGiven});

        assertEquals(List.of(asGiven), calls);
    }

    @Test
    void missingFileIsAUsageError() {
        String missing = dir.resolve("nope.py").toString();

        int status = command().execute(new String[]{missing});

        assertEquals(RunCommand.EXIT_USAGE, status);
        assertTrue(stderr().startsWith("interleave: can't open file '" + missing + "': No such file or directory\n"),
                stderr());
        assertTrue(stderr().contains(CliArgs.USAGE));
        assertEquals("", stdout());
        assertTrue(calls.isEmpty());
    }

    @Test
    void directoryIsAUsageError() {
        int status = command().execute(new String[]{dir.toString()});

        assertEquals(RunCommand.EXIT_USAGE, status);
        assertTrue(stderr().contains("Is a directory"), stderr());
    }

    @Test
    void sourceThatIsNotUtf8IsAUsageError() throws Exception {
        Path file = dir.resolve("latin1.py");
        Files.write(file, new byte[]{'x', '=', (byte) 0xE9, '\n'});

        int status = command().execute(new String[]{file.toString()});

        assertEquals(RunCommand.EXIT_USAGE, status);
        assertTrue(stderr().contains("not valid UTF-8"), stderr());
    }

    @Test
    void badOptionIsAUsageErrorWithoutRunning() throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, "pass\n");

        int status = command().execute(new String[]{file.toString(), "--cores", "many"});

        assertEquals(RunCommand.EXIT_USAGE, status);
        assertEquals("interleave: --cores needs a whole number, not 'many'\n" + CliArgs.USAGE + "\n", stderr());
        assertTrue(calls.isEmpty());
    }

    @Test
    void aTraceFileInAMissingDirectoryIsAUsageErrorBeforeTheRun() throws Exception {
        Path file = dir.resolve("p.py");
        Files.writeString(file, "print('ran')\n");
        int status = command().execute(new String[]{file.toString(), "--trace", dir.resolve("no/t.json").toString()});
        assertEquals(RunCommand.EXIT_USAGE, status);
        assertTrue(stderr().contains("--trace: can't write"), stderr());
        assertTrue(calls.isEmpty());
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(RunCommand.EXIT_USAGE, command().execute(new String[0]));
        assertTrue(stderr().startsWith("interleave: missing FILE\n"), stderr());
    }

    @Test
    void helpPrintsUsageToStdout() {
        assertEquals(0, command().execute(new String[]{"--help"}));
        assertEquals(CliArgs.USAGE + "\n", stdout());
    }

    @Test
    void engineFailureIsReportedAsAnInternalError() throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, "pass\n");
        RunCommand failing = new RunCommand((fileName, source, options, sink) -> {
            sink.stdout("partial\n");
            throw new IllegalStateException("boom");
        }, out, err);

        int status = failing.execute(new String[]{file.toString()});

        assertEquals(RunCommand.EXIT_INTERNAL_ERROR, status);
        assertEquals("partial\n", stdout());
        assertTrue(stderr().startsWith("interleave: internal error: java.lang.IllegalStateException: boom\n"),
                stderr());
    }
}
