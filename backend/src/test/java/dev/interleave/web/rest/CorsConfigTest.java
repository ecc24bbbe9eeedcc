package dev.interleave.web.rest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With allowed origins configured, those origins may read the gallery and nothing else. */
@WebMvcTest(controllers = {ScenarioController.class, ConfigController.class, CheckController.class},
        properties = "interleave.cors.allowed-origins=https://notes.example.edu, https://*.course.example.org")
@Import(ScenarioCatalog.class)
class CorsConfigTest {

    private static final String NOTES = "https://notes.example.edu";

    @Autowired
    MockMvc mvc;

    @Test
    void anAllowedOriginReadsTheGallery() throws Exception {
        mvc.perform(get("/api/scenarios").header(HttpHeaders.ORIGIN, NOTES))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, NOTES))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
        mvc.perform(get("/api/scenarios/barrier-hikers").header(HttpHeaders.ORIGIN, "https://week3.course.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://week3.course.example.org"));
    }

    @Test
    void aPreflightForReadingIsAnswered() throws Exception {
        mvc.perform(options("/api/scenarios/counter-race")
                        .header(HttpHeaders.ORIGIN, NOTES)
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, NOTES))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD"));
    }

    @Test
    void otherOriginsAreRefused() throws Exception {
        mvc.perform(get("/api/scenarios").header(HttpHeaders.ORIGIN, "https://evil.example.com"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void writingTheGalleryIsNotAllowed() throws Exception {
        mvc.perform(options("/api/scenarios")
                        .header(HttpHeaders.ORIGIN, NOTES)
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden());
    }

    @Test
    void nothingElseIsOpenedToThoseOrigins() throws Exception {
        mvc.perform(options("/api/check")
                        .header(HttpHeaders.ORIGIN, NOTES)
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type"))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        mvc.perform(post("/api/check").header(HttpHeaders.ORIGIN, NOTES)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        mvc.perform(get("/api/config/defaults").header(HttpHeaders.ORIGIN, NOTES))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }
}
