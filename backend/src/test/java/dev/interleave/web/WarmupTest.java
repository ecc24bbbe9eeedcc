package dev.interleave.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.web.rest.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.env.MockEnvironment;

/** The start-up warm-up: the gallery through the engine, then through the server's own /ws. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WarmupTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void everyPassRunsEveryScenarioToItsExpectedEnd() {
        ScenarioCatalog catalog = new ScenarioCatalog();
        assertEquals(2 * catalog.all().size(), new Warmup(catalog, 2, new MockEnvironment()).run());
    }

    @Test
    void everyScenarioRunsToItsSummaryOverTheSocket() {
        ScenarioCatalog catalog = new ScenarioCatalog();
        assertEquals(2 * catalog.all().size(), new Warmup(catalog, 2, new MockEnvironment()).overTheSocket(port));
    }
}
