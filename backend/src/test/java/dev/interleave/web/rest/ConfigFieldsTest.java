package dev.interleave.web.rest;

import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.machine.MachineConfig;
import dev.interleave.machine.TraceJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static String refused(String config) {
        return assertThrows(InvalidConfigException.class,
                () -> ConfigFields.apply(RunOptions.defaults(), json(config))).getMessage();
    }

    @Test
    void everyMachineConfigFieldAndTheRunSettingsAreListed() {
        List<String> names = ConfigFields.fields().stream().map(ConfigFields.Field::name).toList();
        List<String> expected = new ArrayList<>();
        for (var component : MachineConfig.class.getRecordComponents()) {
            expected.add(component.getName());
        }
        expected.addAll(List.of("seed", "policy", "startMethod"));
        assertEquals(expected, names);
    }

    @Test
    void defaultsAreTheEnginesAndEveryFieldIsDescribed() {
        RunOptions d = RunOptions.defaults();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("cores", (long) d.cores());
        expected.put("gil", d.gil());
        expected.put("switchIntervalNs", d.machine().switchIntervalNs());
        expected.put("timeSliceNs", d.machine().timeSliceNs());
        expected.put("bytecodeNs", d.machine().bytecodeNs());
        expected.put("threadStartNs", d.machine().threadStartNs());
        expected.put("contextSwitchNs", d.machine().contextSwitchNs());
        expected.put("threadMemoryBytes", d.machine().threadMemoryBytes());
        expected.put("jitter", d.machine().jitter());
        expected.put("dropAt", "bytecode");
        expected.put("quantumNs", d.machine().quantumNs());
        expected.put("processForkNs", d.machine().processForkNs());
        expected.put("processSpawnNs", d.machine().processSpawnNs());
        expected.put("processMemoryBytes", d.machine().processMemoryBytes());
        expected.put("coroutineMemoryBytes", d.machine().coroutineMemoryBytes());
        expected.put("seed", d.seed());
        expected.put("policy", d.policy());
        expected.put("startMethod", d.startMethod());
        assertEquals(expected, ConfigFields.defaults());

        for (ConfigFields.Field f : ConfigFields.fields()) {
            assertEquals(expected.get(f.name()), f.defaultValue(), f.name());
            assertFalse(f.description().isBlank(), f.name());
            assertFalse(f.description().contains("\n"), f.name());
            switch (f.type()) {
                case "integer", "number" -> {
                    assertNotNull(f.min(), f.name());
                    assertNotNull(f.max(), f.name());
                    double value = ((Number) f.defaultValue()).doubleValue();
                    assertTrue(f.min().doubleValue() <= value && value <= f.max().doubleValue(), f.name());
                }
                case "string" -> assertTrue(f.values().contains((String) f.defaultValue()), f.name());
                case "boolean" -> assertTrue(f.defaultValue() instanceof Boolean, f.name());
                default -> throw new AssertionError(f.name() + " has type " + f.type());
            }
        }
    }

    @Test
    void anEmptyOrMissingConfigChangesNothing() {
        RunOptions base = RunOptions.defaults().withSeed(9);
        assertSame(base, ConfigFields.apply(base, null));
        assertSame(base, ConfigFields.apply(base, json("null")));
        assertEquals(base, ConfigFields.apply(base, json("{}")));
        assertEquals(base, ConfigFields.apply(base, json("{\"cores\": null}")));
    }

    @Test
    void everyFieldIsApplied() {
        RunOptions o = ConfigFields.apply(RunOptions.defaults(), json("""
                {"cores": 2, "gil": false, "switchIntervalNs": 1000000, "timeSliceNs": 2000000,
                 "bytecodeNs": 20, "threadStartNs": 1000, "contextSwitchNs": 500, "threadMemoryBytes": 8192,
                 "jitter": 0, "dropAt": "checkpoint", "quantumNs": 10000, "processForkNs": 5000,
                 "processSpawnNs": 6000, "processMemoryBytes": 7000, "coroutineMemoryBytes": 3000, "seed": 42,
                 "policy": "round-robin", "startMethod": "spawn"}"""));

        MachineConfig expected = new MachineConfig(2, false, 1_000_000, 2_000_000, 20, 1000, 500, 8192, 0.0,
                MachineConfig.DropPoint.CHECKPOINT, 10_000, 5000, 6000, 7000, 3000);
        assertEquals(expected, o.machine());
        assertEquals(42, o.seed());
        assertEquals("round-robin", o.policy());
        assertEquals("spawn", o.startMethod());
        assertEquals(RunOptions.defaults().limits(), o.limits());
    }

    @Test
    void aConfigRoundTrips() {
        RunOptions o = RunOptions.defaults().withCores(3).withSeed(5).withPolicy("round-robin")
                .withMachine(RunOptions.defaults().machine().withCores(3).withDropAt(MachineConfig.DropPoint.CHECKPOINT));
        JsonNode written = JSON.valueToTree(ConfigFields.toJson(o));
        assertEquals(o, ConfigFields.apply(RunOptions.defaults(), written));
    }

    @Test
    void badConfigsAreRefusedNamingTheField() {
        assertEquals("config must be a JSON object", refused("[1, 2]"));
        assertTrue(refused("{\"core\": 2}").startsWith("unknown config field 'core'; the fields are cores, gil,"));
        assertEquals("cores must be between 1 and 64, not 0", refused("{\"cores\": 0}"));
        assertEquals("cores must be between 1 and 64, not 65", refused("{\"cores\": 65}"));
        assertEquals("cores must be a whole number between 1 and 64, not 2.5", refused("{\"cores\": 2.5}"));
        assertEquals("cores must be a whole number between 1 and 64, not \"2\"", refused("{\"cores\": \"2\"}"));
        assertEquals("gil must be true or false, not \"no\"", refused("{\"gil\": \"no\"}"));
        assertEquals("switchIntervalNs must be between 1000 and 1000000000, not 999",
                refused("{\"switchIntervalNs\": 999}"));
        assertEquals("jitter must be between 0.0 and 0.5, not 0.6", refused("{\"jitter\": 0.6}"));
        assertEquals("dropAt must be one of bytecode, checkpoint, not \"BYTECODE\"",
                refused("{\"dropAt\": \"BYTECODE\"}"));
        assertEquals("policy must be one of random, round-robin, not \"fifo\"", refused("{\"policy\": \"fifo\"}"));
        assertEquals("seed must be between 0 and 9007199254740991, not -1", refused("{\"seed\": -1}"));
        assertEquals("seed must be a whole number between 0 and 9007199254740991, not 100000000000000000000",
                refused("{\"seed\": 100000000000000000000}"));
    }

    /** A config object is the trace file's {@code config} member (docs/trace.md): a trace's config replays as is. */
    @Test
    void aConfigObjectIsTheTraceFilesConfigMember() {
        RunOptions o = RunOptions.defaults().withSeed(7).withPolicy("round-robin")
                .withMachine(RunOptions.defaults().machine().withCores(3).withGil(false).withJitter(0.1)
                        .withDropAt(MachineConfig.DropPoint.CHECKPOINT));
        RunResult result = new dev.interleave.engine.Engine().run("main.py", "pass\n", o.withKeepTrace(true),
                dev.interleave.engine.OutputSink.DISCARD);
        JsonNode trace = json(TraceJson.toString("main.py", o, result));

        assertEquals(trace.get("config").toString(), JSON.writeValueAsString(ConfigFields.toJson(o)));
        assertEquals(o, ConfigFields.apply(RunOptions.defaults(), trace.get("config")));
    }

    /** docs/machine.md's table names every field with the same default and CLI option. */
    @Test
    void docsMachineMdAgrees() throws IOException {
        String doc = Files.readString(Path.of("../docs/machine.md"));
        int start = doc.indexOf("## The machine config and its defaults");
        assertTrue(start >= 0, "docs/machine.md has no defaults section");
        int end = doc.indexOf("\n## ", start + 1);
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : doc.substring(start, end < 0 ? doc.length() : end).split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| Setting")) {
                continue;
            }
            String[] cells = line.replace("\\|", "\u0000").split("\\|", -1);
            String field = cells[2].trim().replace("`", "");
            rows.put(field, new String[] {cells[3].trim(), cells[4].trim().replace("`", "").replace('\u0000', '|')});
        }
        List<String> names = ConfigFields.fields().stream().map(ConfigFields.Field::name).toList();
        assertEquals(names, List.copyOf(rows.keySet()), "the table's fields, in order");
        for (ConfigFields.Field f : ConfigFields.fields()) {
            String[] row = rows.get(f.name());
            assertEquals(human(f), row[0], "default of " + f.name());
            assertEquals(f.cli() == null ? "" : f.cli(), row[1], "CLI option of " + f.name());
        }
    }

    /** A default as the docs write it: 5 ms, 60 µs, 64 KiB, on. */
    private static String human(ConfigFields.Field f) {
        Object v = f.defaultValue();
        if (v instanceof Boolean b) {
            return b ? "on" : "off";
        }
        if ("ns".equals(f.unit())) {
            long ns = (Long) v;
            if (ns % 1_000_000_000 == 0) {
                return ns / 1_000_000_000 + " s";
            }
            if (ns % 1_000_000 == 0) {
                return ns / 1_000_000 + " ms";
            }
            if (ns % 1_000 == 0) {
                return ns / 1_000 + " µs";
            }
            return ns + " ns";
        }
        if ("bytes".equals(f.unit())) {
            long bytes = (Long) v;
            return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " B";
        }
        return String.valueOf(v);
    }
}
