package dev.interleave.web.rest;

import dev.interleave.engine.Limits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/config/defaults}: every setting a run accepts with its default, unit, range and
 * description ({@link ConfigFields}), the defaults as a ready config object, and the engine's
 * limits, which no config changes.
 */
@RestController
public class ConfigController {

    /**
     * @param fields every setting, described
     * @param config the defaults as a config object, the shape scenarios and run requests use
     * @param limits the limits every run gets
     */
    public record Defaults(List<ConfigFields.Field> fields, Map<String, Object> config, Limits limits) {
    }

    private static final Defaults DEFAULTS =
            new Defaults(ConfigFields.fields(), ConfigFields.defaults(), Limits.defaults());

    @GetMapping("/api/config/defaults")
    public Defaults defaults() {
        return DEFAULTS;
    }
}
