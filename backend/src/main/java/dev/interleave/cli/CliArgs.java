package dev.interleave.cli;

import dev.interleave.engine.RunOptions;
import dev.interleave.machine.MachineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of {@code run FILE.py [options]} (see {@link #USAGE}). Options may come before
 * or after FILE, as {@code --opt value} or {@code --opt=value}.
 *
 * @param file             the program's path exactly as given
 * @param options          the run's settings: the engine's defaults changed by the options
 * @param traceFile        where to write the trace, or null
 * @param chromeTraceFile  where to write the Chrome Trace Event file, or null
 * @param summary          whether to print the run's figures to stderr at the end
 * @param repeat           how many times to run the program in this JVM (for benchmarks: the
 *                         output of the last run is printed, --summary for every run)
 */
public record CliArgs(String file, RunOptions options, String traceFile, String chromeTraceFile, boolean summary,
        int repeat) {

    public static final String USAGE = """
            usage: interleave run FILE.py [--cores N] [--seed N] [--start-method fork|spawn] [--no-gil]
                   [--trace OUT.json] [--chrome-trace OUT.json]
                   [--policy random|round-robin] [--replay TRACE.json]
                   [--switch-interval SECONDS] [--time-slice SECONDS] [--bytecode-ns N]
                   [--jitter FRACTION] [--drop-at bytecode|checkpoint] [--summary] [--repeat N]""".stripIndent();

    public int cores() {
        return options.cores();
    }

    public long seed() {
        return options.seed();
    }

    public String startMethod() {
        return options.startMethod();
    }

    public boolean gil() {
        return options.gil();
    }

    /** The settings these arguments ask for, on top of the engine's defaults. */
    public RunOptions toRunOptions() {
        return options.withKeepTrace(traceFile != null || chromeTraceFile != null);
    }

    /** A command line that cannot be run; the message is one line naming the problem. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Parses the arguments that follow {@code run}. */
    public static CliArgs parse(List<String> args) throws UsageException {
        RunOptions options = RunOptions.defaults();
        MachineConfig machine = options.machine();
        String file = null;
        String trace = null;
        String chromeTrace = null;
        boolean summary = false;
        int repeat = 1;

        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                if (arg.equals("--")) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("missing FILE after --");
                    }
                    arg = args.get(++i);
                }
                if (file != null) {
                    throw new UsageException("unexpected argument: " + arg);
                }
                if (arg.isEmpty()) {
                    throw new UsageException("FILE must not be empty");
                }
                file = arg;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String inline = eq < 0 ? null : arg.substring(eq + 1);
            if (name.equals("--no-gil") || name.equals("--summary")) {
                if (inline != null) {
                    throw new UsageException(name + " takes no value");
                }
                if (name.equals("--no-gil")) {
                    machine = machine.withGil(false);
                } else {
                    summary = true;
                }
                continue;
            }
            if (!KNOWN.contains(name)) {
                throw new UsageException("unknown option: " + name);
            }
            String value = inline != null ? inline : valueAfter(args, i++, name);
            switch (name) {
                case "--cores" -> machine = machine.withCores(parseCores(value));
                case "--seed" -> options = options.withSeed(parseSeed(value));
                case "--start-method" -> {
                    if (!value.equals("fork") && !value.equals("spawn")) {
                        throw new UsageException("--start-method must be fork or spawn, not '" + value + "'");
                    }
                    options = options.withStartMethod(value);
                }
                case "--trace" -> trace = path(value, name);
                case "--chrome-trace" -> chromeTrace = path(value, name);
                case "--policy" -> {
                    if (!value.equals("random") && !value.equals("round-robin")) {
                        throw new UsageException("--policy must be random or round-robin, not '" + value + "'");
                    }
                    options = options.withPolicy(value);
                }
                case "--replay" -> options = options.withReplay(readDecisions(path(value, name)));
                case "--switch-interval" -> machine = machine.withSwitchInterval(seconds(value, name));
                case "--time-slice" -> machine = machine.withTimeSlice(seconds(value, name));
                case "--bytecode-ns" -> machine = machine.withBytecodeCost(positiveLong(value, name));
                case "--repeat" -> repeat = (int) Math.min(1000, positiveLong(value, name));
                case "--jitter" -> {
                    double j = number(value, name);
                    if (!(j >= 0 && j <= 0.5)) {
                        throw new UsageException("--jitter must be between 0 and 0.5, not " + value);
                    }
                    machine = machine.withJitter(j);
                }
                case "--drop-at" -> {
                    if (!value.equals("bytecode") && !value.equals("checkpoint")) {
                        throw new UsageException("--drop-at must be bytecode or checkpoint, not '" + value + "'");
                    }
                    machine = machine.withDropAt(value.equals("bytecode") ? MachineConfig.DropPoint.BYTECODE
                            : MachineConfig.DropPoint.CHECKPOINT);
                }
                default -> throw new UsageException("unknown option: " + name);
            }
        }
        if (file == null) {
            throw new UsageException("missing FILE");
        }
        return new CliArgs(file, options.withMachine(machine), trace, chromeTrace, summary, repeat);
    }

    private static final List<String> KNOWN = List.of("--cores", "--seed", "--start-method", "--trace",
            "--chrome-trace", "--policy", "--replay", "--repeat", "--switch-interval", "--time-slice", "--bytecode-ns", "--jitter",
            "--drop-at");

    private static final Pattern CHOSEN = Pattern.compile("\"chosen\"\\s*:\\s*(-?\\d+)");

    /** The decision list of a trace file written by --trace: the chosen thread ids, in order. */
    private static List<Integer> readDecisions(String file) throws UsageException {
        String text;
        try {
            text = Files.readString(Path.of(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("can't open the trace to replay '" + file + "': No such file or directory");
        } catch (IOException | RuntimeException e) {
            throw new UsageException("can't read the trace to replay '" + file + "': " + e.getMessage());
        }
        int at = text.indexOf("\"decisions\"");
        if (!text.contains("\"format\":\"interleave-trace\"") || at < 0) {
            throw new UsageException("'" + file + "' is not an interleave trace (written by --trace)");
        }
        int start = text.indexOf('[', at);
        int end = start;
        for (int depth = 0; end >= 0 && end < text.length(); end++) {
            char c = text.charAt(end);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                break;
            }
        }
        if (start < 0 || end >= text.length()) {
            throw new UsageException("'" + file + "' has no complete decision list");
        }
        List<Integer> chosen = new ArrayList<>();
        Matcher m = CHOSEN.matcher(text.substring(start, end));
        while (m.find()) {
            chosen.add(Integer.parseInt(m.group(1)));
        }
        return chosen;
    }

    private static double number(String value, String name) throws UsageException {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a number, not '" + value + "'");
        }
    }

    private static long seconds(String value, String name) throws UsageException {
        double s = number(value, name);
        if (!(s > 0 && s <= 60)) {
            throw new UsageException(name + " must be more than 0 and at most 60 seconds, not " + value);
        }
        return Math.max(1, Math.round(s * 1e9));
    }

    private static long positiveLong(String value, String name) throws UsageException {
        try {
            long n = Long.parseLong(value);
            if (n < 1 || n > 1_000_000) {
                throw new UsageException(name + " must be between 1 and 1000000, not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number, not '" + value + "'");
        }
    }

    private static String valueAfter(List<String> args, int index, String name) throws UsageException {
        if (index + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
        }
        return args.get(index + 1);
    }

    private static int parseCores(String value) throws UsageException {
        int cores;
        try {
            cores = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--cores needs a whole number, not '" + value + "'");
        }
        if (cores < 1 || cores > MachineConfig.MAX_CORES) {
            throw new UsageException("--cores must be between 1 and " + MachineConfig.MAX_CORES + ", not " + cores);
        }
        return cores;
    }

    private static long parseSeed(String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed needs a whole number, not '" + value + "'");
        }
    }

    private static String path(String value, String name) throws UsageException {
        if (value.isEmpty() || value.startsWith("--")) {
            throw new UsageException(name + " needs a file name");
        }
        return value;
    }
}
