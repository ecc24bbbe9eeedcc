package dev.interleave.web.ws;

import static dev.interleave.web.ws.ProtocolError.Codes.BAD_CONFIG;

import dev.interleave.engine.Limits;
import dev.interleave.engine.RunOptions;
import dev.interleave.web.rest.ConfigFields;
import dev.interleave.web.rest.InvalidConfigException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a start message's {@link RunConfig} into the engine's {@link RunOptions}. The ranges are
 * the ones {@code GET /api/config/defaults} publishes ({@link ConfigFields}); a value out of range
 * is a {@code bad-config} {@link ProtocolError} naming the field. {@code switchInterval} and
 * {@code timeSlice} (seconds) stand for {@code switchIntervalNs} and {@code timeSliceNs}. Streaming
 * runs never keep their events (the client gets them), and the wall-time limit depends on the
 * mode, since an interactive run spends its time waiting for picks.
 */
final class RunSettings {

    private RunSettings() {}

    static RunOptions options(RunConfig c, boolean interactive, WsProperties props) {
        ObjectNode config = WsJson.MAPPER.valueToTree(c);
        Map<String, String> asked = new HashMap<>();
        seconds(config, "switchInterval", asked);
        seconds(config, "timeSlice", asked);
        RunOptions o = RunOptions.defaults();
        for (String name : List.copyOf(config.propertyNames())) {
            JsonNode v = config.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            ObjectNode one = JsonNodeFactory.instance.objectNode();
            one.set(name, v);
            try {
                o = ConfigFields.apply(o, one);
            } catch (InvalidConfigException e) {
                String field = asked.getOrDefault(name, name);
                String message = field.equals(name) ? e.getMessage() : field + " (seconds) is out of range: "
                        + e.getMessage();
                throw new ProtocolError(BAD_CONFIG, message, "config." + field);
            }
        }
        Duration wall = interactive ? props.interactiveWallLimit() : props.recordWallLimit();
        Limits limits = o.limits().withMaxWallMillis(Math.max(1, wall.toMillis()));
        return o.withLimits(limits).withKeepTrace(false);
    }

    /** Replaces {@code name} (seconds) by {@code nameNs}. */
    private static void seconds(ObjectNode config, String name, Map<String, String> asked) {
        JsonNode s = config.remove(name);
        if (s == null || s.isNull()) {
            return;
        }
        JsonNode ns = config.get(name + "Ns");
        if (ns != null && !ns.isNull()) {
            throw new ProtocolError(BAD_CONFIG, "give " + name + " (seconds) or " + name + "Ns, not both",
                    "config." + name);
        }
        double seconds = s.doubleValue();
        if (!(seconds > 0 && seconds <= 60)) {
            throw new ProtocolError(BAD_CONFIG, name + " must be more than 0 and at most 60 seconds, not " + seconds,
                    "config." + name);
        }
        config.put(name + "Ns", Math.max(1, Math.round(seconds * 1e9)));
        asked.put(name + "Ns", name);
    }
}
