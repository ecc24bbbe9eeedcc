package dev.interleave.web.rest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /api/scenarios}: the gallery, one object per scenario; {@code GET /api/scenarios/{id}}:
 * one scenario with its program and suggested config. These two may be read from other origins
 * when {@code interleave.cors.allowed-origins} names them (see {@link CorsConfig}).
 */
@RestController
public class ScenarioController {

    /** A scenario as the gallery lists it. */
    public record Summary(String id, Scenario.Text title, Scenario.Text summary, List<String> concepts) {
    }

    /**
     * A scenario with everything needed to run it.
     *
     * @param config     the suggested config, every field present (defaults where the scenario sets none)
     * @param exitStatus the exit status the program ends with under that config (3 when it deadlocks)
     */
    public record Detail(String id, Scenario.Text title, Scenario.Text summary, List<String> concepts,
                         String source, Map<String, Object> config, int exitStatus) {
    }

    private final List<Summary> gallery;
    private final Map<String, Detail> details;

    public ScenarioController(ScenarioCatalog catalog) {
        this.gallery = catalog.all().stream()
                .map(s -> new Summary(s.id(), s.title(), s.summary(), s.concepts()))
                .toList();
        this.details = catalog.all().stream()
                .collect(Collectors.toUnmodifiableMap(Scenario::id, s -> new Detail(s.id(),
                        s.title(), s.summary(), s.concepts(), s.source(), ConfigFields.toJson(s.options()),
                        s.exitStatus())));
    }

    @GetMapping("/api/scenarios")
    public List<Summary> list() {
        return gallery;
    }

    @GetMapping("/api/scenarios/{id}")
    public Detail get(@PathVariable("id") String id) {
        Detail detail = details.get(id);
        if (detail == null) {
            throw new RestException(HttpStatus.NOT_FOUND, "there is no scenario '" + shorten(id) + "'");
        }
        return detail;
    }

    /** An id echoed in a message, cut to a sane length. */
    private static String shorten(String id) {
        return id.length() <= 64 ? id : id.substring(0, 64) + "...";
    }
}
