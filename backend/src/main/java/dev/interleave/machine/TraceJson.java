package dev.interleave.machine;

import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.engine.RunSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a finished run as the versioned trace file of docs/trace.md ("interleave-trace",
 * version 1): the program, the config, the entities, the events (one a line), the decisions and
 * the summary. A hand-written streaming writer: the engine depends on no JSON library.
 *
 * <p>The output is a pure function of its inputs: lists are written in their order, nothing is
 * read from a clock, numbers are formatted locale-free, and lines end with {@code \n} on every
 * platform. Identical runs give identical bytes.
 */
public final class TraceJson {

    public static final String FORMAT = "interleave-trace";
    public static final int VERSION = 1;

    /** Keys an entity writes itself; a fact with one of these names is written as "fact.NAME". */
    private static final Set<String> ENTITY_KEYS = Set.of("id", "kind", "name", "line", "process");
    /** Keys an event writes itself; a detail with one of these names is written as "detail.NAME". */
    private static final Set<String> EVENT_KEYS = Set.of("seq", "t", "kind", "actor", "obj", "line");

    private TraceJson() {}

    /**
     * Writes the trace of {@code result}, run from file {@code fileName} with {@code options}.
     *
     * @throws IllegalArgumentException when the run did not keep its events (run it with
     *                                  {@link RunOptions#withKeepTrace} true)
     */
    public static void write(Appendable out, String fileName, RunOptions options, RunResult result)
            throws IOException {
        Trace trace = result.trace();
        if (trace != null && !trace.keeps() && trace.count() > 0) {
            throw new IllegalArgumentException("the run did not keep its events: run it with keepTrace set");
        }
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"format\":");
        string(sb, FORMAT);
        sb.append(",\"version\":").append(VERSION).append(",\n\"program\":{\"file\":");
        string(sb, fileName);
        sb.append("},\n\"config\":");
        config(sb, options);
        sb.append(",\n\"entities\":[");
        out.append(sb);

        List<TraceEntity> entities = trace == null ? List.of() : trace.entities();
        for (int i = 0; i < entities.size(); i++) {
            sb.setLength(0);
            sb.append(i == 0 ? "\n" : ",\n");
            entity(sb, entities.get(i));
            out.append(sb);
        }
        out.append(entities.isEmpty() ? "],\n\"events\":[" : "\n],\n\"events\":[");

        List<TraceEvent> events = trace == null ? List.of() : trace.events();
        for (int i = 0; i < events.size(); i++) {
            sb.setLength(0);
            sb.append(i == 0 ? "\n" : ",\n");
            event(sb, events.get(i));
            out.append(sb);
        }
        out.append(events.isEmpty() ? "],\n\"decisions\":[" : "\n],\n\"decisions\":[");

        List<Decision> decisions = trace == null ? List.of() : trace.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            sb.setLength(0);
            sb.append(i == 0 ? "\n" : ",\n");
            decision(sb, decisions.get(i));
            out.append(sb);
        }
        sb.setLength(0);
        sb.append(decisions.isEmpty() ? "],\n\"summary\":" : "\n],\n\"summary\":");
        summary(sb, result);
        sb.append("}\n");
        out.append(sb);
    }

    /** The trace as one string (tests, small runs). */
    public static String toString(String fileName, RunOptions options, RunResult result) {
        StringBuilder sb = new StringBuilder();
        try {
            write(sb, fileName, options, result);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    private static void config(StringBuilder sb, RunOptions o) {
        MachineConfig m = o.machine();
        sb.append("{\"cores\":").append(m.cores())
                .append(",\"gil\":").append(m.gil())
                .append(",\"switchIntervalNs\":").append(m.switchIntervalNs())
                .append(",\"timeSliceNs\":").append(m.timeSliceNs())
                .append(",\"bytecodeNs\":").append(m.bytecodeNs())
                .append(",\"threadStartNs\":").append(m.threadStartNs())
                .append(",\"contextSwitchNs\":").append(m.contextSwitchNs())
                .append(",\"threadMemoryBytes\":").append(m.threadMemoryBytes())
                .append(",\"jitter\":");
        number(sb, m.jitter());
        sb.append(",\"dropAt\":");
        string(sb, m.dropAt().name().toLowerCase(Locale.ROOT));
        sb.append(",\"quantumNs\":").append(m.quantumNs());
        sb.append(",\"processForkNs\":").append(m.processForkNs())
                .append(",\"processSpawnNs\":").append(m.processSpawnNs())
                .append(",\"processMemoryBytes\":").append(m.processMemoryBytes())
                .append(",\"coroutineMemoryBytes\":").append(m.coroutineMemoryBytes());
        sb.append(",\"seed\":").append(o.seed());
        sb.append(",\"policy\":");
        string(sb, o.replay() != null ? "replay" : o.policy());
        sb.append(",\"startMethod\":");
        string(sb, o.startMethod());
        sb.append('}');
    }

    private static void entity(StringBuilder sb, TraceEntity e) {
        sb.append("{\"id\":").append(e.id()).append(",\"kind\":");
        string(sb, e.kind());
        sb.append(",\"name\":");
        string(sb, e.name());
        sb.append(",\"line\":").append(e.line()).append(",\"process\":").append(e.process());
        pairs(sb, e.facts(), ENTITY_KEYS, "fact.");
        sb.append('}');
    }

    private static void event(StringBuilder sb, TraceEvent e) {
        sb.append("{\"seq\":").append(e.seq()).append(",\"t\":").append(e.time()).append(",\"kind\":");
        string(sb, e.kind());
        if (e.actor() != -1) {
            sb.append(",\"actor\":").append(e.actor());
        }
        if (e.object() != -1) {
            sb.append(",\"obj\":").append(e.object());
        }
        if (e.line() != 0) {
            sb.append(",\"line\":").append(e.line());
        }
        pairs(sb, e.details(), EVENT_KEYS, "detail.");
        sb.append('}');
    }

    private static void decision(StringBuilder sb, Decision d) {
        sb.append("{\"seq\":").append(d.seq()).append(",\"kind\":");
        string(sb, d.kind().label);
        sb.append(",\"options\":[");
        List<Integer> options = d.options();
        for (int i = 0; i < options.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(options.get(i).intValue());
        }
        sb.append(']');
        if (d.count() > options.size()) {
            sb.append(",\"count\":").append(d.count());
        }
        sb.append(",\"chosen\":").append(d.chosen()).append('}');
    }

    private static void summary(StringBuilder sb, RunResult r) {
        sb.append("{\"exitStatus\":").append(r.exitStatus()).append(",\"ending\":");
        string(sb, label(r.ending()));
        if (r.message() != null && !r.message().isEmpty()) {
            sb.append(",\"message\":");
            string(sb, r.message());
        }
        RunSummary s = r.summary();
        if (s != null) {
            sb.append(",\"virtualNanos\":").append(s.virtualNanos())
                    .append(",\"bytecodes\":").append(s.bytecodes())
                    .append(",\"threads\":").append(s.threads())
                    .append(",\"peakThreads\":").append(s.peakThreads())
                    .append(",\"events\":").append(s.events())
                    .append(",\"contextSwitches\":").append(s.contextSwitches())
                    .append(",\"gilHandovers\":").append(s.gilHandovers())
                    .append(",\"coreBusyNanos\":");
            value(sb, s.coreBusyNanos());
        }
        sb.append('}');
    }

    // ---- JSON values (shared with ChromeTrace) ----

    /** An enum constant as the trace names it: lower case, '-' for '_' (UNCAUGHT_EXCEPTION → uncaught-exception). */
    static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Writes alternating names and values as ",name:value" members. A name in {@code reserved}
     * gets {@code prefix} so that no key repeats; a trailing name without a value is dropped.
     */
    static void pairs(StringBuilder sb, Object[] pairs, Set<String> reserved, String prefix) {
        if (pairs == null) {
            return;
        }
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String name = String.valueOf(pairs[i]);
            sb.append(',');
            string(sb, reserved.contains(name) ? prefix + name : name);
            sb.append(':');
            value(sb, pairs[i + 1]);
        }
    }

    /**
     * Writes a detail value: strings, numbers, booleans, null, lists, maps (in their own
     * iteration order: give a LinkedHashMap or a TreeMap), Java arrays, enums (as their label),
     * characters. Anything else is written as its {@code toString()}. NaN and the infinities,
     * which JSON has no numbers for, are written as the strings "NaN", "Infinity", "-Infinity".
     */
    static void value(StringBuilder sb, Object v) {
        switch (v) {
            case null -> sb.append("null");
            case String s -> string(sb, s);
            case Integer i -> sb.append(i.intValue());
            case Long l -> sb.append(l.longValue());
            case Boolean b -> sb.append(b.booleanValue());
            case Double d -> number(sb, d);
            case Float f -> number(sb, f.doubleValue());
            case Short s -> sb.append(s.shortValue());
            case Byte b -> sb.append(b.byteValue());
            case BigInteger b -> sb.append(b);
            case BigDecimal b -> sb.append(b.toString());
            case Character c -> string(sb, String.valueOf(c));
            case Enum<?> e -> string(sb, label(e));
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    value(sb, list.get(i));
                }
                sb.append(']');
            }
            case Map<?, ?> map -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> en : map.entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    string(sb, String.valueOf(en.getKey()));
                    sb.append(':');
                    value(sb, en.getValue());
                }
                sb.append('}');
            }
            case int[] a -> array(sb, a.length, i -> sb.append(a[i]));
            case long[] a -> array(sb, a.length, i -> sb.append(a[i]));
            case double[] a -> array(sb, a.length, i -> number(sb, a[i]));
            case boolean[] a -> array(sb, a.length, i -> sb.append(a[i]));
            case Object[] a -> array(sb, a.length, i -> value(sb, a[i]));
            case Iterable<?> it -> {
                sb.append('[');
                boolean first = true;
                for (Object o : it) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    value(sb, o);
                }
                sb.append(']');
            }
            default -> string(sb, v.toString());
        }
    }

    /** A double as JSON: Java's shortest round-trip form (1.5, 1.0E-5), strings for NaN and the infinities. */
    static void number(StringBuilder sb, double d) {
        if (Double.isNaN(d)) {
            sb.append("\"NaN\"");
        } else if (Double.isInfinite(d)) {
            sb.append(d > 0 ? "\"Infinity\"" : "\"-Infinity\"");
        } else {
            // Double.toString is locale-free and the same on every JVM: 2.0 stays a float, -0.0 keeps its sign
            sb.append(Double.toString(d));
        }
    }

    /** A JSON string per RFC 8259: quotes, backslashes and control characters escaped; other text as is. */
    static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029'
                            || (Character.isSurrogate(c) && !pairedSurrogate(s, i))) {
                        // control characters, the two JavaScript line terminators, and lone
                        // surrogates (which UTF-8 cannot encode) go as escapes
                        hex(sb, c);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static void hex(StringBuilder sb, char c) {
        sb.append("\\u");
        String h = Integer.toHexString(c);
        for (int k = h.length(); k < 4; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /** A JSON array of {@code n} elements, each written by {@code element}. */
    private static void array(StringBuilder sb, int n, java.util.function.IntConsumer element) {
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            element.accept(i);
        }
        sb.append(']');
    }
}
