package dev.interleave.web.ws;

import static dev.interleave.web.ws.ProtocolError.Codes.BAD_CONFIG;
import static dev.interleave.web.ws.ProtocolError.Codes.BAD_FIELD;
import static dev.interleave.web.ws.ProtocolError.Codes.BAD_JSON;
import static dev.interleave.web.ws.ProtocolError.Codes.BAD_MESSAGE;
import static dev.interleave.web.ws.ProtocolError.Codes.MISSING_FIELD;
import static dev.interleave.web.ws.ProtocolError.Codes.UNKNOWN_TYPE;

import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads one client message (JSON text) into a {@link ClientMessage}, or throws a
 * {@link ProtocolError} naming what is wrong: not JSON, not an object, an unknown type, a missing
 * field, a field of the wrong type. Members it does not know are ignored, except in
 * {@code config}, where a misspelt setting would otherwise go unnoticed.
 */
final class MessageReader {

    static final Set<String> CONFIG_FIELDS = Set.of("cores", "gil", "switchIntervalNs", "timeSliceNs", "bytecodeNs",
            "threadStartNs", "contextSwitchNs", "threadMemoryBytes", "jitter", "dropAt", "quantumNs", "processForkNs",
            "processSpawnNs", "processMemoryBytes", "coroutineMemoryBytes", "seed", "policy",
            "startMethod", "switchInterval", "timeSlice");

    private final ObjectMapper json;

    MessageReader(ObjectMapper json) {
        this.json = json;
    }

    ClientMessage read(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new ProtocolError(BAD_JSON, "the message is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new ProtocolError(BAD_MESSAGE, "a message must be a JSON object with a \"type\"");
        }
        String type = string(root, "type", true);
        return switch (type) {
            case "start" -> new ClientMessage.Start(string(root, "source", true), config(root.get("config")),
                    mode(root));
            case "pick" -> new ClientMessage.Pick(integer(root, "thread", true), longValue(root, "decision", false));
            case "continue" -> new ClientMessage.Continue(until(root));
            case "cancel" -> new ClientMessage.Cancel();
            case "ack" -> {
                Long upTo = longValue(root, "upTo", true);
                if (upTo < 0) {
                    throw new ProtocolError(BAD_FIELD, "upTo must not be negative", "upTo");
                }
                yield new ClientMessage.Ack(upTo);
            }
            case "inspect" -> {
                Long seq = longValue(root, "seq", true);
                if (seq < 0) {
                    throw new ProtocolError(BAD_FIELD, "seq must not be negative", "seq");
                }
                yield new ClientMessage.Inspect(seq);
            }
            default -> throw new ProtocolError(UNKNOWN_TYPE, "unknown message type '" + clip(type)
                    + "'; expected start, pick, continue, cancel, ack or inspect", "type");
        };
    }

    private static String mode(JsonNode root) {
        String mode = string(root, "mode", false);
        if (mode == null) {
            return "record";
        }
        if (!mode.equals("record") && !mode.equals("interactive")) {
            throw new ProtocolError(BAD_FIELD, "mode must be \"record\" or \"interactive\", not '" + clip(mode) + "'",
                    "mode");
        }
        return mode;
    }

    private static String until(JsonNode root) {
        String until = string(root, "until", true);
        if (!until.equals("blocking") && !until.equals("end")) {
            throw new ProtocolError(BAD_FIELD, "until must be \"blocking\" or \"end\", not '" + clip(until) + "'",
                    "until");
        }
        return until;
    }

    private static RunConfig config(JsonNode c) {
        if (c == null || c.isNull()) {
            return RunConfig.DEFAULTS;
        }
        if (!c.isObject()) {
            throw new ProtocolError(BAD_CONFIG, "config must be an object", "config");
        }
        for (String name : c.propertyNames()) {
            if (!CONFIG_FIELDS.contains(name)) {
                throw new ProtocolError(BAD_CONFIG, "unknown config field '" + clip(name) + "'", "config." + clip(name));
            }
        }
        return new RunConfig(configInt(c, "cores"), configBool(c, "gil"), configLong(c, "switchIntervalNs"),
                configLong(c, "timeSliceNs"), configLong(c, "bytecodeNs"), configLong(c, "threadStartNs"),
                configLong(c, "contextSwitchNs"), configLong(c, "threadMemoryBytes"), configNumber(c, "jitter"),
                configString(c, "dropAt"), configLong(c, "quantumNs"), configLong(c, "processForkNs"),
                configLong(c, "processSpawnNs"), configLong(c, "processMemoryBytes"), configLong(c, "coroutineMemoryBytes"), configLong(c, "seed"),
                configString(c, "policy"), configString(c, "startMethod"), configNumber(c, "switchInterval"),
                configNumber(c, "timeSlice"));
    }

    // ---- typed members ----

    private static JsonNode member(JsonNode o, String name, boolean required, String path) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new ProtocolError(MISSING_FIELD, "the message has no \"" + name + "\"", path);
            }
            return null;
        }
        return v;
    }

    static String string(JsonNode o, String name, boolean required) {
        JsonNode v = member(o, name, required, name);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            throw new ProtocolError(BAD_FIELD, name + " must be a string", name);
        }
        return v.stringValue();
    }

    private static Integer integer(JsonNode o, String name, boolean required) {
        Long v = longValue(o, name, required);
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new ProtocolError(BAD_FIELD, name + " is out of range", name);
        }
        return v.intValue();
    }

    private static Long longValue(JsonNode o, String name, boolean required) {
        JsonNode v = member(o, name, required, name);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new ProtocolError(BAD_FIELD, name + " must be a whole number", name);
        }
        return v.longValue();
    }

    private static Integer configInt(JsonNode c, String name) {
        Long v = configLong(c, name);
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new ProtocolError(BAD_CONFIG, name + " is out of range", "config." + name);
        }
        return v.intValue();
    }

    private static Long configLong(JsonNode c, String name) {
        JsonNode v = c.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new ProtocolError(BAD_CONFIG, name + " must be a whole number", "config." + name);
        }
        return v.longValue();
    }

    private static Double configNumber(JsonNode c, String name) {
        JsonNode v = c.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new ProtocolError(BAD_CONFIG, name + " must be a number", "config." + name);
        }
        return v.doubleValue();
    }

    private static Boolean configBool(JsonNode c, String name) {
        JsonNode v = c.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new ProtocolError(BAD_CONFIG, name + " must be true or false", "config." + name);
        }
        return v.booleanValue();
    }

    private static String configString(JsonNode c, String name) {
        JsonNode v = c.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new ProtocolError(BAD_CONFIG, name + " must be a string", "config." + name);
        }
        return v.stringValue();
    }

    /** A client's text quoted in an error: at most 60 characters. */
    static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return clip(nl < 0 ? s : s.substring(0, nl));
    }
}
