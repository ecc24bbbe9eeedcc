package dev.interleave.web;

import dev.interleave.engine.Limits;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/** {@code POST /api/run}: runs a program to its end on the bounded executor and returns its output. */
@RestController
public class RunController {

    static final String FILE_NAME = "main.py";
    static final int MAX_CORES = 64;

    private final ProgramRunner runner;
    private final RunExecutor executor;
    private final int maxSourceBytes = Limits.defaults().maxSourceBytes();

    public RunController(ProgramRunner runner, RunExecutor executor) {
        this.runner = runner;
        this.executor = executor;
    }

    @PostMapping(path = "/api/run", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public CompletableFuture<ResponseEntity<?>> run(@RequestBody RunRequest request) {
        RunOptions options = validate(request);
        String source = request.source();
        try {
            return CompletableFuture.supplyAsync(() -> execute(source, options), executor);
        } catch (RejectedExecutionException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                    "the server is busy running other programs; try again shortly");
        }
    }

    private RunOptions validate(RunRequest request) {
        if (request.source() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "source is missing");
        }
        int bytes = request.source().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxSourceBytes) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "source is " + bytes
                    + " bytes; the limit is " + maxSourceBytes + " bytes (" + maxSourceBytes / 1024 + " KB)");
        }
        RunOptions options = RunOptions.defaults();
        if (request.cores() != null) {
            int cores = request.cores();
            if (cores < 1 || cores > MAX_CORES) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "cores must be between 1 and " + MAX_CORES);
            }
            options = options.withCores(cores);
        }
        if (request.seed() != null) {
            options = options.withSeed(request.seed());
        }
        return options;
    }

    private ResponseEntity<?> execute(String source, RunOptions options) {
        CollectedOutput output = new CollectedOutput();
        RunResult result;
        try {
            result = runner.run(FILE_NAME, source, options, output);
        } catch (RuntimeException | StackOverflowError e) {
            return ApiErrorHandler.error(HttpStatus.INTERNAL_SERVER_ERROR, "the engine failed: " + e);
        }
        return ResponseEntity.ok(new RunResponse(output.stdoutText(), output.stderrText(),
                result.exitStatus(), result.ending().name()));
    }
}
