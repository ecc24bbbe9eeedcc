package dev.interleave.web.rest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/check}: positions as CPython 3.12 reports them, and every refusal. */
@WebMvcTest(controllers = CheckController.class)
class CheckControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private ResultActions postCheck(String body) throws Exception {
        return mvc.perform(post("/api/check").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions check(String source) throws Exception {
        MvcResult started = postCheck(JSON.writeValueAsString(Map.of("source", source)))
                .andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
    }

    @Test
    void aValidProgramIsOk() throws Exception {
        check("import threading\n\ndef f():\n    pass\n\nthreading.Thread(target=f).start()\n")
                .andExpect(content().json("{\"ok\": true}", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void aSyntaxErrorComesWithCPythonsPosition() throws Exception {
        check("x = 1\ny = = 2\n")
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.error.type").value("SyntaxError"))
                .andExpect(jsonPath("$.error.message").value("invalid syntax"))
                .andExpect(jsonPath("$.error.line").value(2))
                .andExpect(jsonPath("$.error.column").value(5))
                .andExpect(jsonPath("$.error.endLine").value(2))
                .andExpect(jsonPath("$.error.endColumn").value(6))
                .andExpect(jsonPath("$.error.text").value("y = = 2\n"))
                .andExpect(jsonPath("$.error.traceback").value(
                        "  File \"main.py\", line 2\n    y = = 2\n        ^\nSyntaxError: invalid syntax\n"));
    }

    @Test
    void aRangeSpanningSeveralCharacters() throws Exception {
        check("print(\"a\" \"b\" 1)\n")
                .andExpect(jsonPath("$.error.message").value("invalid syntax. Perhaps you forgot a comma?"))
                .andExpect(jsonPath("$.error.line").value(1))
                .andExpect(jsonPath("$.error.column").value(7))
                .andExpect(jsonPath("$.error.endLine").value(1))
                .andExpect(jsonPath("$.error.endColumn").value(16));
    }

    @Test
    void indentationErrors() throws Exception {
        check("if True:\npass\n")
                .andExpect(jsonPath("$.error.type").value("IndentationError"))
                .andExpect(jsonPath("$.error.message").value("expected an indented block after 'if' statement on line 1"))
                .andExpect(jsonPath("$.error.line").value(2))
                .andExpect(jsonPath("$.error.column").value(1))
                .andExpect(jsonPath("$.error.text").value("pass\n"));
        check("x = 1\n    y = 2\n")
                .andExpect(jsonPath("$.error.type").value("IndentationError"))
                .andExpect(jsonPath("$.error.message").value("unexpected indent"))
                .andExpect(jsonPath("$.error.line").value(2));
    }

    @Test
    void anUnclosedBracket() throws Exception {
        check("x = (1,\n")
                .andExpect(jsonPath("$.error.type").value("SyntaxError"))
                .andExpect(jsonPath("$.error.message").value("'(' was never closed"))
                .andExpect(jsonPath("$.error.line").value(1))
                .andExpect(jsonPath("$.error.column").value(5));
    }

    @Test
    void errorsWithoutAnEndHaveNullEnds() {
        CheckController.CheckError e = CheckController.describe("x\n",
                dev.interleave.lang.PySyntaxError.at("some error", 1, 1));
        assertEquals(null, e.endLine());
        assertEquals(null, e.endColumn());
        assertEquals("x\n", e.text());
    }

    @Test
    void sourceLinesAreCutAsCPythonKeepsThem() {
        assertEquals("a\n", CheckController.lineText("a\nb", 1));
        assertEquals("b", CheckController.lineText("a\nb", 2));
        assertEquals(null, CheckController.lineText("a\n", 2));
        assertEquals(null, CheckController.lineText("a\n", 0));
    }

    @Test
    void deepNestingCompilesAsOnARunThread() throws Exception {
        // CPython 3.12 compiles this; on a small stack the compiler would give up, on the check pool's it does not
        String deep = "x = " + "-".repeat(1000) + "1\n";
        CheckController.CheckResult[] onSmallStack = new CheckController.CheckResult[1];
        Thread small = new Thread(null, () -> onSmallStack[0] = CheckController.compile(deep), "small", 64 * 1024);
        small.start();
        small.join();
        assertEquals(false, onSmallStack[0].ok(), "the case needs a deep stack");

        check(deep).andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void aSourceOverTheLimitIs413NamingTheLimit() throws Exception {
        postCheck(JSON.writeValueAsString(Map.of("source", "#".repeat(256 * 1024 + 1))))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("source is 262145 bytes; the limit is 262144 bytes (256 KB)"));
    }

    @Test
    void aSourceAtTheLimitIsChecked() throws Exception {
        check("#".repeat(256 * 1024)).andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void theLimitCountsUtf8Bytes() throws Exception {
        // 87,382 three-byte characters: 262,146 bytes, though far fewer characters than the limit
        postCheck(JSON.writeValueAsString(Map.of("source", "#" + "线".repeat(87_381) + "#")))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("source is 262145 bytes; the limit is 262144 bytes (256 KB)"));
    }

    @Test
    void aHugeBodyIsRefusedBeforeParsing() throws Exception {
        mvc.perform(post("/api/check").contentType(MediaType.APPLICATION_JSON).content(new byte[(2 << 20) + 1]))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("the request body is 2097153 bytes; the limit is 2097152 bytes"));
    }

    @Test
    void malformedRequestsAre400WithAMessage() throws Exception {
        String notJson = "the request body is not valid JSON of the form {\"source\": \"...\"}";
        postCheck("{not json").andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(notJson));
        postCheck("").andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(notJson));
        postCheck("[1]").andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(notJson));
        postCheck("{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("source is missing"));
        postCheck("{\"source\": null}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("source is missing"));
    }

    @Test
    void onlyJsonPostsAreAccepted() throws Exception {
        mvc.perform(post("/api/check").contentType(MediaType.TEXT_PLAIN).content("print(1)"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(get("/api/check")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void anOkAnswerHasNoErrorField() throws Exception {
        check("pass\n").andExpect(jsonPath("$.error").doesNotExist());
    }
}
