package dev.interleave.web.rest;

import dev.interleave.engine.RunOptions;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The gallery: every {@code scenarios/ID/} folder on the class path, each with a
 * {@code scenario.json} (order, title, summary, concepts, config, exitStatus) and a {@code main.py}.
 * Loaded and checked once, at start-up: a malformed scenario stops the server from starting, so
 * it never reaches a browser.
 */
@Component
public class ScenarioCatalog {

    static final String LOCATION = "classpath*:scenarios/*/scenario.json";
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern CONCEPT = Pattern.compile("C(0[1-9]|[1-5][0-9]|60)");

    private static final Set<String> KEYS = Set.of("order", "title", "summary", "concepts", "config", "exitStatus");

    private final List<Scenario> scenarios;
    private final Map<String, Scenario> byId;

    public ScenarioCatalog() {
        this(loadFromClasspath());
    }

    ScenarioCatalog(List<Scenario> scenarios) {
        List<Scenario> sorted = new ArrayList<>(scenarios);
        sorted.sort(Comparator.comparingInt(Scenario::order).thenComparing(Scenario::id));
        this.scenarios = List.copyOf(sorted);
        Map<String, Scenario> ids = new TreeMap<>();
        for (Scenario s : sorted) {
            if (ids.put(s.id(), s) != null) {
                throw new IllegalStateException("two scenarios have the id " + s.id());
            }
        }
        this.byId = Map.copyOf(ids);
    }

    /** The gallery in its order. */
    public List<Scenario> all() {
        return scenarios;
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Reads and checks every scenario on the class path. */
    public static List<Scenario> loadFromClasspath() {
        JsonMapper json = JsonMapper.builder().build();
        List<Scenario> loaded = new ArrayList<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(ScenarioCatalog.class.getClassLoader())
                    .getResources(LOCATION);
            for (Resource meta : found) {
                loaded.add(load(json, meta));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scenarios", e);
        }
        return loaded;
    }

    private static Scenario load(JsonMapper json, Resource meta) throws IOException {
        String url = meta.getURL().toString();
        String[] parts = url.split("/");
        String id = parts[parts.length - 2];
        try {
            if (!ID.matcher(id).matches()) {
                throw new IllegalStateException("the folder name is not a valid id (lower-case letters, digits, "
                        + "hyphens)");
            }
            JsonNode root;
            try (InputStream in = meta.getInputStream()) {
                root = json.readTree(in);
            }
            String source;
            try (InputStream in = meta.createRelative("main.py").getInputStream()) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return parse(id, root, source);
        } catch (IllegalStateException | IllegalArgumentException | JacksonException | IOException e) {
            throw new IllegalStateException("scenario " + id + " (" + url + "): " + e.getMessage(), e);
        }
    }

    static Scenario parse(String id, JsonNode root, String source) {
        if (!root.isObject()) {
            throw new IllegalStateException("scenario.json must hold a JSON object");
        }
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalStateException("unknown key '" + key + "' in scenario.json");
            }
        }
        JsonNode order = root.get("order");
        if (order == null || !order.isInt()) {
            throw new IllegalStateException("order must be a whole number");
        }
        JsonNode exit = root.get("exitStatus");
        if (exit == null || !exit.isInt() || exit.intValue() < 0 || exit.intValue() > 255) {
            throw new IllegalStateException("exitStatus must be a whole number from 0 to 255");
        }
        JsonNode conceptsNode = root.get("concepts");
        if (conceptsNode == null || !conceptsNode.isArray() || conceptsNode.isEmpty()) {
            throw new IllegalStateException("concepts must be a non-empty list of concept ids");
        }
        List<String> concepts = new ArrayList<>();
        for (JsonNode c : conceptsNode) {
            if (!c.isString() || !CONCEPT.matcher(c.stringValue()).matches()) {
                throw new IllegalStateException("concept " + c + " is not an id from C01 to C60");
            }
            concepts.add(c.stringValue());
        }
        if (source.isBlank()) {
            throw new IllegalStateException("main.py is empty");
        }
        RunOptions options = ConfigFields.apply(RunOptions.defaults(), root.get("config"));
        return new Scenario(id, order.intValue(), text(root, "title"), text(root, "summary"), List.copyOf(concepts),
                source, options, exit.intValue());
    }

    private static Scenario.Text text(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || !node.isObject()) {
            throw new IllegalStateException(key + " must be an object with en and zh");
        }
        return new Scenario.Text(nonBlank(node, key, "en"), nonBlank(node, key, "zh"));
    }

    private static String nonBlank(JsonNode node, String key, String lang) {
        JsonNode text = node.get(lang);
        if (text == null || !text.isString() || text.stringValue().isBlank()) {
            throw new IllegalStateException(key + "." + lang + " must be a non-empty string");
        }
        return text.stringValue();
    }
}
