package dev.interleave.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.engine.RunOptions;
import dev.interleave.web.rest.ConfigFields;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A start message takes every setting GET /api/config/defaults publishes: the browser sends the
 * whole form back, so a setting one side knows and the other does not breaks every run.
 */
class RunConfigFieldsTest {

    @Test
    void aStartAcceptsEverySettingTheDefaultsPublish() {
        Set<String> published = ConfigFields.fields().stream().map(ConfigFields.Field::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> accepted = new TreeSet<>(MessageReader.CONFIG_FIELDS);
        accepted.removeAll(Set.of("switchInterval", "timeSlice"));
        assertEquals(published, accepted);
    }

    @Test
    void theDefaultsSentBackAsAStartGiveTheDefaultMachine() {
        JsonMapper json = JsonMapper.builder().build();
        String start = json.createObjectNode().put("type", "start").put("source", "pass")
                .set("config", json.valueToTree(ConfigFields.defaults())).toString();
        ClientMessage.Start s = (ClientMessage.Start) new MessageReader(json).read(start);
        RunOptions o = RunSettings.options(s.config(), false, WsProperties.defaults());
        assertEquals(RunOptions.defaults().machine(), o.machine());
        assertEquals(RunOptions.defaults().seed(), o.seed());
    }
}
