package dev.interleave.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.web.rest.ScenarioCatalog;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    void everyPassRunsEveryScenarioToItsExpectedEnd() {
        ScenarioCatalog catalog = new ScenarioCatalog();
        assertEquals(2 * catalog.all().size(), new Warmup(catalog, 2).run());
    }
}
