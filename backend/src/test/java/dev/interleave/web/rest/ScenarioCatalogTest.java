package dev.interleave.web.rest;

import dev.interleave.engine.RunOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioCatalogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String GOOD = """
            {"order": 5, "title": {"en": "T", "zh": "标题"}, "summary": {"en": "S", "zh": "摘要"},
             "concepts": ["C01", "C60"], "config": {"cores": 2}, "exitStatus": 0}""";

    private static Scenario parse(String json) {
        JsonNode node = JSON.readTree(json);
        return ScenarioCatalog.parse("x", node, "print(1)\n");
    }

    private static String refused(String json) {
        return assertThrows(RuntimeException.class, () -> parse(json)).getMessage();
    }

    @Test
    void aScenarioIsParsedWithItsConfigOverTheDefaults() {
        Scenario s = parse(GOOD);

        assertEquals(5, s.order());
        assertEquals(new Scenario.Text("T", "标题"), s.title());
        assertEquals(List.of("C01", "C60"), s.concepts());
        assertEquals(RunOptions.defaults().withCores(2), s.options());
        assertEquals(0, s.exitStatus());
    }

    @Test
    void malformedScenariosAreRefused() {
        assertEquals("unknown key 'titel' in scenario.json", refused(GOOD.replace("\"title\"", "\"titel\"")));
        assertEquals("title must be an object with en and zh", refused(GOOD.replace("{\"en\": \"T\", \"zh\": \"标题\"}", "\"T\"")));
        assertEquals("summary.zh must be a non-empty string", refused(GOOD.replace("\"摘要\"", "\"\"")));
        assertEquals("concept \"C61\" is not an id from C01 to C60", refused(GOOD.replace("C60", "C61")));
        assertEquals("concept \"c01\" is not an id from C01 to C60", refused(GOOD.replace("C01", "c01")));
        assertEquals("concepts must be a non-empty list of concept ids",
                refused(GOOD.replace("[\"C01\", \"C60\"]", "[]")));
        assertEquals("exitStatus must be a whole number from 0 to 255", refused(GOOD.replace("\"exitStatus\": 0", "\"exitStatus\": 300")));
        assertEquals("order must be a whole number", refused(GOOD.replace("\"order\": 5", "\"order\": \"5\"")));
        assertEquals("cores must be between 1 and 64, not 0", refused(GOOD.replace("\"cores\": 2", "\"cores\": 0")));
        assertEquals("main.py is empty", assertThrows(IllegalStateException.class,
                () -> ScenarioCatalog.parse("x", JSON.readTree(GOOD), "  \n")).getMessage());
    }

    @Test
    void theGalleryIsOrderedAndIdsAreUnique() {
        Scenario a = parse(GOOD);
        Scenario b = new Scenario("b", 1, a.title(), a.summary(), a.concepts(), a.source(), a.options(), 0);
        Scenario c = new Scenario("c", 5, a.title(), a.summary(), a.concepts(), a.source(), a.options(), 0);

        ScenarioCatalog catalog = new ScenarioCatalog(List.of(c, a, b));
        assertEquals(List.of("b", "c", "x"), catalog.all().stream().map(Scenario::id).toList());
        assertTrue(catalog.find("c").isPresent());
        assertTrue(catalog.find("nope").isEmpty());

        assertThrows(IllegalStateException.class, () -> new ScenarioCatalog(List.of(a, a)));
    }

    @Test
    void theClasspathGalleryLoadsInOrder() {
        List<Scenario> all = new ScenarioCatalog().all();
        assertTrue(all.size() >= 6, "at least six scenarios");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).order() < all.get(i).order(), "orders are distinct and ascending");
        }
        assertEquals("counter-race", all.get(0).id());
    }
}
