package dev.interleave.cli;

import dev.interleave.engine.RunOptions;

import java.util.List;

/**
 * The arguments of {@code run FILE.py [--cores N] [--seed N] [--start-method fork|spawn] [--no-gil]
 * [--trace OUT.json] [--chrome-trace OUT.json]}. Options may come before or after FILE, as
 * {@code --opt value} or {@code --opt=value}.
 *
 * @param file             the program's path exactly as given
 * @param cores            simulated cores
 * @param seed             seed of the scheduler and the program's {@code random}
 * @param startMethod      "fork" or "spawn"
 * @param gil              false with {@code --no-gil}
 * @param traceFile        where to write the trace, or null
 * @param chromeTraceFile  where to write the Chrome Trace Event file, or null
 */
public record CliArgs(String file, int cores, long seed, String startMethod, boolean gil,
                      String traceFile, String chromeTraceFile) {

    public static final String USAGE = "usage: interleave run FILE.py [--cores N] [--seed N] "
            + "[--start-method fork|spawn] [--no-gil] [--trace OUT.json] [--chrome-trace OUT.json]";

    /** Most simulated cores a run may ask for. */
    public static final int MAX_CORES = 1024;

    /** A command line that cannot be run; the message is one line naming the problem. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Parses the arguments that follow {@code run}. */
    public static CliArgs parse(List<String> args) throws UsageException {
        RunOptions defaults = RunOptions.defaults();
        String file = null;
        int cores = defaults.cores();
        long seed = defaults.seed();
        String startMethod = defaults.startMethod();
        boolean gil = defaults.gil();
        String trace = null;
        String chromeTrace = null;

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
            switch (name) {
                case "--no-gil" -> {
                    if (inline != null) {
                        throw new UsageException("--no-gil takes no value");
                    }
                    gil = false;
                }
                case "--cores" -> {
                    String value = inline != null ? inline : valueAfter(args, i++, name);
                    cores = parseCores(value);
                }
                case "--seed" -> {
                    String value = inline != null ? inline : valueAfter(args, i++, name);
                    seed = parseSeed(value);
                }
                case "--start-method" -> {
                    String value = inline != null ? inline : valueAfter(args, i++, name);
                    if (!value.equals("fork") && !value.equals("spawn")) {
                        throw new UsageException("--start-method must be fork or spawn, not '" + value + "'");
                    }
                    startMethod = value;
                }
                case "--trace" -> trace = path(inline != null ? inline : valueAfter(args, i++, name), name);
                case "--chrome-trace" -> chromeTrace = path(inline != null ? inline : valueAfter(args, i++, name), name);
                default -> throw new UsageException("unknown option: " + name);
            }
        }
        if (file == null) {
            throw new UsageException("missing FILE");
        }
        return new CliArgs(file, cores, seed, startMethod, gil, trace, chromeTrace);
    }

    /** The machine settings these arguments ask for, on top of the engine's defaults. */
    public RunOptions toRunOptions() {
        return RunOptions.defaults()
                .withCores(cores)
                .withSeed(seed)
                .withStartMethod(startMethod)
                .withGil(gil);
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
        if (cores < 1 || cores > MAX_CORES) {
            throw new UsageException("--cores must be between 1 and " + MAX_CORES + ", not " + cores);
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
