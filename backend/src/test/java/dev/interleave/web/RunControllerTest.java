package dev.interleave.web;

import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = RunController.class,
        properties = {"interleave.runs.threads=1", "interleave.runs.queue=1"})
@Import({RunExecutor.class, RunControllerTest.Stub.class})
class RunControllerTest {

    @TestConfiguration
    static class Stub {
        @Bean
        StubRunner stubRunner() {
            return new StubRunner();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    StubRunner runner;

    @Autowired
    RunExecutor executor;

    private final AtomicReference<String> seenFile = new AtomicReference<>();
    private final AtomicReference<RunOptions> seenOptions = new AtomicReference<>();

    @BeforeEach
    void echoProgram() {
        runner.behaviour = (fileName, source, options, out) -> {
            seenFile.set(fileName);
            seenOptions.set(options);
            out.stdout("out: " + source);
            out.stderr("err line\n");
            return new RunResult(1, RunResult.Ending.UNCAUGHT_EXCEPTION, "");
        };
    }

    private static String body(String source, String extra) {
        return "{\"source\": \"" + source + "\"" + extra + "}";
    }

    private ResultActions postRun(String json) throws Exception {
        return mvc.perform(post("/api/run").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions completed(ResultActions started) throws Exception {
        MvcResult result = started.andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(result));
    }

    @Test
    void runsTheProgramAndReturnsItsOutput() throws Exception {
        completed(postRun(body("print(1)", ", \"seed\": 12, \"cores\": 3")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stdout").value("out: print(1)"))
                .andExpect(jsonPath("$.stderr").value("err line\n"))
                .andExpect(jsonPath("$.exitStatus").value(1))
                .andExpect(jsonPath("$.ending").value("UNCAUGHT_EXCEPTION"));

        assertEquals("main.py", seenFile.get());
        assertEquals(12, seenOptions.get().seed());
        assertEquals(3, seenOptions.get().cores());
    }

    @Test
    void seedAndCoresDefaultToTheEngines() throws Exception {
        completed(postRun(body("pass", ""))).andExpect(status().isOk());

        assertEquals(RunOptions.defaults(), seenOptions.get());
    }

    @Test
    void outputPastOneMegabyteIsTruncated() throws Exception {
        runner.behaviour = (fileName, source, options, out) -> {
            String chunk = "x".repeat(1000);
            for (int i = 0; i < 1100; i++) {
                out.stdout(chunk);
            }
            return new RunResult(0, RunResult.Ending.FINISHED, "");
        };

        String stdout = "x".repeat(CollectedOutput.LIMIT_CHARS) + CappedText.TRUNCATED;
        completed(postRun(body("loop", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stdout").value(stdout))
                .andExpect(jsonPath("$.stderr").value(""));
    }

    @Test
    void sourceOverTheLimitIs413NamingTheLimit() throws Exception {
        String big = "#".repeat(256 * 1024 + 1);

        postRun(body(big, ""))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("source is 262145 bytes; the limit is 262144 bytes (256 KB)"));
    }

    @Test
    void sourceAtTheLimitRuns() throws Exception {
        completed(postRun(body("#".repeat(256 * 1024), ""))).andExpect(status().isOk());
    }

    @Test
    void hugeBodyIsRefusedBeforeParsing() throws Exception {
        byte[] huge = new byte[(int) RequestSizeFilter.MAX_BODY_BYTES + 1];

        mvc.perform(post("/api/run").contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("the request body is 2097153 bytes; the limit is 2097152 bytes"));
    }

    @Test
    void badRequestsAre400WithAMessage() throws Exception {
        postRun("{\"seed\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("source is missing"));
        postRun(body("pass", ", \"cores\": 0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("cores must be between 1 and 64"));
        postRun("{not json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("the request body is not a valid JSON run request"));
    }

    @Test
    void engineFailureIs500WithAMessage() throws Exception {
        runner.behaviour = (fileName, source, options, out) -> {
            throw new IllegalStateException("simulated engine failure");
        };

        completed(postRun(body("pass", "")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error").value(
                        "the engine failed: java.lang.IllegalStateException: simulated engine failure"));
    }

    @Test
    void fullQueueIs503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        runner.behaviour = (fileName, source, options, out) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.stdout(source);
            return new RunResult(0, RunResult.Ending.FINISHED, "");
        };

        // Earlier tests' runs may still be winding down on the one thread: start from an idle pool.
        long until = System.nanoTime() + 30_000_000_000L; // generous: a loaded machine winds down slowly
        while ((executor.running() > 0 || executor.queued() > 0) && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        // One thread and a queue of one: the first run occupies the thread, the second waits, the third is refused.
        MvcResult running = postRun(body("a", "")).andExpect(request().asyncStarted()).andReturn();
        MvcResult queued = postRun(body("b", "")).andExpect(request().asyncStarted()).andReturn();
        postRun(body("c", ""))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.error").value("the server is busy running other programs; try again shortly"));

        release.countDown();
        mvc.perform(asyncDispatch(running)).andExpect(status().isOk()).andExpect(jsonPath("$.stdout").value("a"));
        mvc.perform(asyncDispatch(queued)).andExpect(status().isOk()).andExpect(jsonPath("$.stdout").value("b"));
    }
}
