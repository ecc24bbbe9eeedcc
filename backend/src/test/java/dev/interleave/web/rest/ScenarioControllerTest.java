package dev.interleave.web.rest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The gallery and the config endpoints, and the default same-origin policy. */
@WebMvcTest(controllers = {ScenarioController.class, ConfigController.class})
@Import(ScenarioCatalog.class)
class ScenarioControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theGalleryListsEveryScenarioWithTitlesSummariesAndConcepts() throws Exception {
        mvc.perform(get("/api/scenarios"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(6))))
                .andExpect(jsonPath("$[0].id").value("counter-race"))
                .andExpect(jsonPath("$[0].title.en").value("Lost updates: an unlocked counter"))
                .andExpect(jsonPath("$[0].title.zh").value("丢失的更新：没有加锁的计数器"))
                .andExpect(jsonPath("$[0].summary.en", startsWith("Four threads")))
                .andExpect(jsonPath("$[0].concepts", hasItem("C11")))
                .andExpect(jsonPath("$[*].concepts[*]", everyItem(matchesPattern("C[0-6][0-9]"))))
                .andExpect(jsonPath("$[*].id", hasItem("deadlock-two-locks")))
                .andExpect(jsonPath("$[0].source").doesNotExist())
                .andExpect(jsonPath("$[0].config").doesNotExist());
    }

    @Test
    void aScenarioComesWithItsSourceAndFullConfig() throws Exception {
        mvc.perform(get("/api/scenarios/counter-race"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("counter-race"))
                .andExpect(jsonPath("$.title.zh").value("丢失的更新：没有加锁的计数器"))
                .andExpect(jsonPath("$.source", startsWith("import threading\n")))
                .andExpect(jsonPath("$.config.switchIntervalNs").value(500_000))
                .andExpect(jsonPath("$.config.seed").value(2))
                .andExpect(jsonPath("$.config.cores").value(4))
                .andExpect(jsonPath("$.config.gil").value(true))
                .andExpect(jsonPath("$.config.dropAt").value("bytecode"))
                .andExpect(jsonPath("$.config.startMethod").value("fork"))
                .andExpect(jsonPath("$.exitStatus").value(0));
        mvc.perform(get("/api/scenarios/deadlock-two-locks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.config.cores").value(2))
                .andExpect(jsonPath("$.exitStatus").value(3));
    }

    @Test
    void anUnknownScenarioIs404AsJson() throws Exception {
        mvc.perform(get("/api/scenarios/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("there is no scenario 'no-such-thing'"));
        mvc.perform(get("/api/scenarios/" + "x".repeat(100)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("there is no scenario '" + "x".repeat(64) + "...'"));
    }

    @Test
    void theGalleryIsReadOnly() throws Exception {
        mvc.perform(post("/api/scenarios")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void theDefaultsDescribeEverySetting() throws Exception {
        mvc.perform(get("/api/config/defaults"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields", hasSize(18)))
                .andExpect(jsonPath("$.fields[0].name").value("cores"))
                .andExpect(jsonPath("$.fields[0].type").value("integer"))
                .andExpect(jsonPath("$.fields[0].default").value(4))
                .andExpect(jsonPath("$.fields[0].unit").value("cores"))
                .andExpect(jsonPath("$.fields[0].min").value(1))
                .andExpect(jsonPath("$.fields[0].max").value(64))
                .andExpect(jsonPath("$.fields[0].cli").value("--cores N"))
                .andExpect(jsonPath("$.fields[0].description", startsWith("simulated CPU cores")))
                .andExpect(jsonPath("$.fields[?(@.name == 'switchIntervalNs')].default").value(5_000_000))
                .andExpect(jsonPath("$.fields[?(@.name == 'switchIntervalNs')].unit").value("ns"))
                .andExpect(jsonPath("$.fields[?(@.name == 'gil')].type").value("boolean"))
                .andExpect(jsonPath("$.fields[?(@.name == 'jitter')].max").value(0.5))
                .andExpect(jsonPath("$.fields[?(@.name == 'dropAt')].values[*]").value(
                        org.hamcrest.Matchers.contains("bytecode", "checkpoint")))
                .andExpect(jsonPath("$.fields[?(@.name == 'startMethod')].default").value("fork"))
                .andExpect(jsonPath("$.fields[*].description", everyItem(matchesPattern("[^\n]+"))))
                .andExpect(jsonPath("$.config.cores").value(4))
                .andExpect(jsonPath("$.config.policy").value("random"))
                .andExpect(jsonPath("$.config.seed").value(0))
                .andExpect(jsonPath("$.limits.maxSourceBytes").value(262_144))
                .andExpect(jsonPath("$.limits.maxWallMillis").value(20_000));
    }

    @Test
    void byDefaultNothingIsReadableCrossOrigin() throws Exception {
        mvc.perform(get("/api/scenarios").header(HttpHeaders.ORIGIN, "https://notes.example.edu"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        mvc.perform(options("/api/scenarios/counter-race")
                        .header(HttpHeaders.ORIGIN, "https://notes.example.edu")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        mvc.perform(get("/api/config/defaults").header(HttpHeaders.ORIGIN, "https://notes.example.edu"))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }
}
