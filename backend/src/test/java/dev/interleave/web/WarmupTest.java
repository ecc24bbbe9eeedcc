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
        assertEquals(2 * catalog.all().size(), new Warmup(catalog, 2, 0, 1, new MockEnvironment()).run());
    }

    @Test
    void everyScenarioRunsToItsSummaryOverTheSocketThenWavesOfConnectionsRunTheQuickerHalf() {
        ScenarioCatalog catalog = new ScenarioCatalog();
        Warmup warmup = new Warmup(catalog, 1, 3, 5, new MockEnvironment());
        assertEquals(catalog.all().size(), warmup.run());
        assertEquals(catalog.all().size() + 3 * 5, warmup.overTheSocket(port));
    }
}
