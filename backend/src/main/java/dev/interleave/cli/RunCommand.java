package dev.interleave.cli;

import dev.interleave.engine.Engine;
import dev.interleave.engine.OutputSink;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;

import dev.interleave.machine.ChromeTrace;
import dev.interleave.machine.TraceJson;
import java.io.FileOutputStream;
import java.io.Writer;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code interleave run FILE.py [options]}: runs one program headless. The program's stdout goes
 * to stdout, its stderr to stderr; the exit status is the program's (see {@link RunResult}), 2 for
 * a usage error.
 */
public final class RunCommand {

    public static final int EXIT_USAGE = 2;
    /** The interleave tool itself failed (a bug, not the program's doing). */
    public static final int EXIT_INTERNAL_ERROR = 70;

    /** Runs a program; the engine in production, a stand-in in tests. */
    @FunctionalInterface
    public interface Runner {
        RunResult run(String fileName, String source, RunOptions options, OutputSink out);
    }

    private final Runner runner;
    private final OutputStream stdout;
    private final OutputStream stderr;

    public RunCommand(Runner runner, OutputStream stdout, OutputStream stderr) {
        this.runner = runner;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The command as the jar runs it: the real engine, the process's stdout and stderr. */
    public static RunCommand standard() {
        Engine engine = new Engine();
        return new RunCommand(engine::run, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
    }

    /** Runs the command for the arguments after {@code run} and returns the exit status. */
    public int execute(String[] args) {
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
            out.println(CliArgs.USAGE);
            return 0;
        }
        CliArgs cli;
        String source;
        try {
            cli = CliArgs.parse(List.of(args));
            source = readSource(cli.file());
            checkWritable(cli.traceFile(), "--trace");
            checkWritable(cli.chromeTraceFile(), "--chrome-trace");
        } catch (CliArgs.UsageException e) {
            err.println("interleave: " + e.getMessage());
            err.println(CliArgs.USAGE);
            return EXIT_USAGE;
        }

        for (int i = 1; i < cli.repeat(); i++) {
            long started = System.nanoTime();
            RunResult warmup = runProgram(cli, source, OutputSink.DISCARD);
            if (cli.summary() && warmup.summary() != null) {
                err.print(SummaryText.of(warmup, System.nanoTime() - started));
            }
        }
        StreamSink sink = new StreamSink(stdout, stderr);
        try {
            long started = System.nanoTime();
            RunResult result = runProgram(cli, source, sink);
            long wallNanos = System.nanoTime() - started;
            sink.flush();
            if (cli.summary() && result.summary() != null) {
                err.print(SummaryText.of(result, wallNanos));
            }
            if (!writeTraces(cli, result, err)) {
                return EXIT_INTERNAL_ERROR;
            }
            return result.exitStatus();
        } catch (RuntimeException | StackOverflowError e) {
            sink.flush();
            err.println("interleave: internal error: " + e);
            e.printStackTrace(err);
            return EXIT_INTERNAL_ERROR;
        } finally {
            sink.flush();
        }
    }

    /** Runs the program with the machine settings of the command line. */
    private RunResult runProgram(CliArgs cli, String source, OutputSink sink) {
        return runner.run(cli.file(), source, cli.toRunOptions(), sink);
    }

    /** Writes the files --trace and --chrome-trace asked for; false (after saying why) when one fails. */
    private static boolean writeTraces(CliArgs cli, RunResult result, PrintStream err) {
        if (result.trace() == null) {
            return true;
        }
        try {
            if (cli.traceFile() != null) {
                try (Writer w = Files.newBufferedWriter(Path.of(cli.traceFile()), StandardCharsets.UTF_8)) {
                    TraceJson.write(w, cli.file(), cli.toRunOptions(), result);
                }
            }
            if (cli.chromeTraceFile() != null) {
                try (Writer w = Files.newBufferedWriter(Path.of(cli.chromeTraceFile()), StandardCharsets.UTF_8)) {
                    ChromeTrace.write(w, result);
                }
            }
            return true;
        } catch (IOException e) {
            err.println("interleave: can't write the trace: " + e.getMessage());
            return false;
        }
    }

    private static void checkWritable(String file, String option) throws CliArgs.UsageException {
        if (file == null) {
            return;
        }
        Path p;
        try {
            p = Path.of(file).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new CliArgs.UsageException(option + ": invalid file name: " + file);
        }
        Path dir = p.getParent();
        if (Files.isDirectory(p) || dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new CliArgs.UsageException(option + ": can't write '" + file + "'");
        }
    }

    private static String readSource(String file) throws CliArgs.UsageException {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (InvalidPathException e) {
            throw new CliArgs.UsageException("invalid file name: " + file);
        } catch (NoSuchFileException e) {
            throw new CliArgs.UsageException("can't open file '" + file + "': No such file or directory");
        } catch (CharacterCodingException e) {
            throw new CliArgs.UsageException("can't read file '" + file + "': not valid UTF-8");
        } catch (IOException e) {
            String why = Files.isDirectory(Path.of(file)) ? "Is a directory" : e.getMessage();
            throw new CliArgs.UsageException("can't open file '" + file + "': " + why);
        }
    }
}
