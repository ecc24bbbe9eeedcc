package dev.interleave.web.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.interleave.engine.RunOptions;
import dev.interleave.machine.MachineConfig;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The settings of a run that a client may choose, in one place: every {@link MachineConfig} field
 * plus the seed, the schedule policy and the start method, each with its default (read from
 * {@link RunOptions#defaults()}), unit, allowed range and a one-line description.
 * {@code GET /api/config/defaults} publishes this list, docs/machine.md's table agrees with it
 * (a test checks), scenarios suggest configs in its terms, and {@link #apply} turns a client's
 * JSON config object into {@link RunOptions}.
 *
 * <p>A config object is flat: {@code {"cores": 2, "gil": false, "switchIntervalNs": 5000000,
 * "dropAt": "checkpoint", "seed": 7, "policy": "random", "startMethod": "fork"}}. Fields left out
 * keep their default.
 */
public final class ConfigFields {

    private ConfigFields() {
    }

    /** Largest integer a JavaScript number holds exactly: seeds stay exact in the browser and in links. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    /**
     * One setting as {@code GET /api/config/defaults} describes it.
     *
     * @param name         the field's name in a config object
     * @param type         {@code integer}, {@code number}, {@code boolean} or {@code string}
     * @param defaultValue the default
     * @param unit         {@code ns}, {@code bytes}, {@code cores} or {@code fraction}; absent when none fits
     * @param min          smallest value accepted (numbers)
     * @param max          largest value accepted (numbers)
     * @param values       the values accepted (strings)
     * @param cli          the CLI option that sets it, when there is one
     * @param description  what it means, in one line
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, String type, @JsonProperty("default") Object defaultValue, String unit,
                        Number min, Number max, List<String> values, String cli, String description) {
    }

    private interface Setter {
        RunOptions set(RunOptions options, JsonNode value);
    }

    private record Spec(Field field, Function<RunOptions, Object> read, Setter write) {
    }

    private static final RunOptions DEFAULTS = RunOptions.defaults();

    private static final List<Spec> SPECS = List.of(
            integer("cores", "cores", 1, MachineConfig.MAX_CORES, "--cores N",
                    "simulated CPU cores; runnable threads beyond them wait in the OS scheduler's ready queue",
                    o -> (long) o.machine().cores(),
                    (o, v) -> o.withMachine(o.machine().withCores((int) v))),
            bool("gil", "--no-gil",
                    "one GIL per process, as in CPython 3.13; false runs a process's threads in parallel, like the "
                            + "free-threaded 3.13t build",
                    o -> o.machine().gil(),
                    (o, v) -> o.withMachine(o.machine().withGil(v))),
            integer("switchIntervalNs", "ns", 1_000, 1_000_000_000, "--switch-interval S",
                    "how long a thread waits for the GIL before asking its holder to drop it "
                            + "(sys.getswitchinterval())",
                    o -> o.machine().switchIntervalNs(),
                    (o, v) -> o.withMachine(o.machine().withSwitchInterval(v))),
            integer("timeSliceNs", "ns", 1_000, 1_000_000_000, "--time-slice S",
                    "how long a thread keeps a core before the OS scheduler may preempt it for a ready thread",
                    o -> o.machine().timeSliceNs(),
                    (o, v) -> o.withMachine(o.machine().withTimeSlice(v))),
            integer("bytecodeNs", "ns", 1, 1_000_000, "--bytecode-ns N",
                    "virtual CPU time of one bytecode instruction",
                    o -> o.machine().bytecodeNs(),
                    (o, v) -> o.withMachine(o.machine().withBytecodeCost(v))),
            integer("threadStartNs", "ns", 0, 1_000_000_000, null,
                    "virtual time the creating thread spends starting a thread",
                    o -> o.machine().threadStartNs(),
                    (o, v) -> o.withMachine(o.machine().withCosts(v, o.machine().contextSwitchNs(),
                            o.machine().threadMemoryBytes()))),
            integer("contextSwitchNs", "ns", 0, 100_000_000, null,
                    "virtual time a core spends switching from one thread to another",
                    o -> o.machine().contextSwitchNs(),
                    (o, v) -> o.withMachine(o.machine().withCosts(o.machine().threadStartNs(), v,
                            o.machine().threadMemoryBytes()))),
            integer("threadMemoryBytes", "bytes", 0, 1L << 30, null,
                    "memory a thread costs: its stack and interpreter state",
                    o -> o.machine().threadMemoryBytes(),
                    (o, v) -> o.withMachine(o.machine().withCosts(o.machine().threadStartNs(),
                            o.machine().contextSwitchNs(), v))),
            number("jitter", "fraction", 0.0, 0.5, "--jitter F",
                    "relative spread of sleeps and GIL waits, drawn from the seed; 0 gives a perfectly regular "
                            + "schedule",
                    o -> o.machine().jitter(),
                    (o, v) -> o.withMachine(o.machine().withJitter(v))),
            choice("dropAt", List.of("bytecode", "checkpoint"), "--drop-at bytecode|checkpoint",
                    "where a GIL holder honours a drop request: at any bytecode boundary (x += 1 can be split) "
                            + "or only where CPython 3.10+ checks (calls, function entry, loop ends)",
                    o -> o.machine().dropAt().name().toLowerCase(Locale.ROOT),
                    (o, v) -> o.withMachine(o.machine().withDropAt(
                            MachineConfig.DropPoint.valueOf(v.toUpperCase(Locale.ROOT))))),
            integer("quantumNs", "ns", 1_000, 10_000_000, null,
                    "how far apart in virtual time threads running in parallel may get before the machine "
                            + "interleaves them",
                    o -> o.machine().quantumNs(),
                    (o, v) -> o.withMachine(withQuantum(o.machine(), v))),
            integer("processForkNs", "ns", 0, 1_000_000_000, null,
                    "virtual time the parent spends forking a process (os.fork, the fork start method)",
                    o -> o.machine().processForkNs(),
                    (o, v) -> o.withMachine(o.machine().withProcessCosts(v, o.machine().processSpawnNs(),
                            o.machine().processMemoryBytes()))),
            integer("processSpawnNs", "ns", 0, 10_000_000_000L, null,
                    "virtual time the parent spends spawning a process: a new interpreter that imports the "
                            + "program again",
                    o -> o.machine().processSpawnNs(),
                    (o, v) -> o.withMachine(o.machine().withProcessCosts(o.machine().processForkNs(), v,
                            o.machine().processMemoryBytes()))),
            integer("processMemoryBytes", "bytes", 0, 1L << 34, null,
                    "memory a process costs (a fork's child starts as a copy of its parent)",
                    o -> o.machine().processMemoryBytes(),
                    (o, v) -> o.withMachine(o.machine().withProcessCosts(o.machine().processForkNs(),
                            o.machine().processSpawnNs(), v))),
            integer("coroutineMemoryBytes", "bytes", 0, 1L << 30, null,
                    "memory an asyncio task costs with its coroutine",
                    o -> o.machine().coroutineMemoryBytes(),
                    (o, v) -> o.withMachine(o.machine().withCoroutineMemory(v))),
            integer("seed", null, 0, MAX_SAFE_INTEGER, "--seed N",
                    "seeds the scheduler's choices, the timing jitter and the program's random module",
                    RunOptions::seed,
                    RunOptions::withSeed),
            choice("policy", List.of("random", "round-robin"), "--policy random|round-robin",
                    "who gets a free core or the GIL among several ready threads: a seeded random pick, or always "
                            + "the one that has waited longest",
                    RunOptions::policy,
                    RunOptions::withPolicy),
            choice("startMethod", List.of("fork", "spawn"), "--start-method fork|spawn",
                    "how multiprocessing starts a process: a copy of the parent (fork) or a fresh interpreter that "
                            + "re-imports the main module (spawn)",
                    RunOptions::startMethod,
                    RunOptions::withStartMethod));

    /** Every setting, in the order a settings panel shows them. */
    public static List<Field> fields() {
        return SPECS.stream().map(Spec::field).toList();
    }

    /** The settings of {@code options} as a flat config object, every field present. */
    public static Map<String, Object> toJson(RunOptions options) {
        Map<String, Object> config = new LinkedHashMap<>();
        for (Spec spec : SPECS) {
            config.put(spec.field().name(), spec.read().apply(options));
        }
        return config;
    }

    /** The defaults as a flat config object. */
    public static Map<String, Object> defaults() {
        return toJson(DEFAULTS);
    }

    /**
     * {@code base} with the fields that {@code config} sets. A missing or null config, and null
     * fields, change nothing.
     *
     * @throws InvalidConfigException naming the first field that is unknown, of the wrong type or
     *                                out of range
     */
    public static RunOptions apply(RunOptions base, JsonNode config) {
        if (config == null || config.isNull() || config.isMissingNode()) {
            return base;
        }
        if (!config.isObject()) {
            throw new InvalidConfigException("config must be a JSON object");
        }
        RunOptions options = base;
        for (String name : config.propertyNames()) {
            Spec spec = spec(name);
            JsonNode value = config.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            options = spec.write().set(options, value);
        }
        return options;
    }

    private static Spec spec(String name) {
        for (Spec spec : SPECS) {
            if (spec.field().name().equals(name)) {
                return spec;
            }
        }
        throw new InvalidConfigException("unknown config field '" + name + "'; the fields are "
                + String.join(", ", SPECS.stream().map(s -> s.field().name()).toList()));
    }

    // ---- field kinds ----

    private interface LongSetter {
        RunOptions set(RunOptions options, long value);
    }

    private interface DoubleSetter {
        RunOptions set(RunOptions options, double value);
    }

    private interface BoolSetter {
        RunOptions set(RunOptions options, boolean value);
    }

    private interface StringSetter {
        RunOptions set(RunOptions options, String value);
    }

    private static Spec integer(String name, String unit, long min, long max, String cli, String description,
                                Function<RunOptions, Object> read, LongSetter write) {
        Field field = new Field(name, "integer", read.apply(DEFAULTS), unit, min, max, null, cli, description);
        return new Spec(field, read, (o, v) -> {
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new InvalidConfigException(name + " must be a whole number between " + min + " and " + max
                        + ", not " + v);
            }
            long n = v.longValue();
            if (n < min || n > max) {
                throw new InvalidConfigException(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return write.set(o, n);
        });
    }

    private static Spec number(String name, String unit, double min, double max, String cli, String description,
                               Function<RunOptions, Object> read, DoubleSetter write) {
        Field field = new Field(name, "number", read.apply(DEFAULTS), unit, min, max, null, cli, description);
        return new Spec(field, read, (o, v) -> {
            if (!v.isNumber()) {
                throw new InvalidConfigException(name + " must be a number between " + min + " and " + max
                        + ", not " + v);
            }
            double d = v.doubleValue();
            if (!(d >= min && d <= max)) {
                throw new InvalidConfigException(name + " must be between " + min + " and " + max + ", not " + v);
            }
            return write.set(o, d);
        });
    }

    private static Spec bool(String name, String cli, String description, Function<RunOptions, Object> read,
                             BoolSetter write) {
        Field field = new Field(name, "boolean", read.apply(DEFAULTS), null, null, null, null, cli, description);
        return new Spec(field, read, (o, v) -> {
            if (!v.isBoolean()) {
                throw new InvalidConfigException(name + " must be true or false, not " + v);
            }
            return write.set(o, v.booleanValue());
        });
    }

    private static Spec choice(String name, List<String> values, String cli, String description,
                               Function<RunOptions, Object> read, StringSetter write) {
        Field field = new Field(name, "string", read.apply(DEFAULTS), null, null, null, values, cli, description);
        return new Spec(field, read, (o, v) -> {
            if (!v.isString() || !values.contains(v.stringValue())) {
                throw new InvalidConfigException(name + " must be one of " + String.join(", ", values)
                        + ", not " + v);
            }
            return write.set(o, v.stringValue());
        });
    }

    private static MachineConfig withQuantum(MachineConfig m, long quantumNs) {
        return new MachineConfig(m.cores(), m.gil(), m.switchIntervalNs(), m.timeSliceNs(), m.bytecodeNs(),
                m.threadStartNs(), m.contextSwitchNs(), m.threadMemoryBytes(), m.jitter(), m.dropAt(), quantumNs,
                m.processForkNs(), m.processSpawnNs(), m.processMemoryBytes(), m.coroutineMemoryBytes());
    }
}
