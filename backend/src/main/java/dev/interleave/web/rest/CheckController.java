package dev.interleave.web.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.interleave.engine.Limits;
import dev.interleave.lang.Compiler;
import dev.interleave.lang.PySyntaxError;
import dev.interleave.vm.TracebackPrinter;
import jakarta.annotation.PreDestroy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /api/check {"source": "..."}}: compiles the program without running it and answers
 * {@code {"ok": true}} or {@code {"ok": false, "error": {...}}} with the SyntaxError's type,
 * message and position as CPython reports them. Compiling runs on a small pool of its own, with
 * the deep stacks the parser may need (the same as a run's), so checks never wait behind runs.
 */
@RestController
public class CheckController {

    /** What the browser shows for the file. */
    static final String FILE_NAME = "main.py";
    static final int THREADS = 2;
    static final int QUEUE = 256;
    static final long STACK_BYTES = 256L << 20;

    /** Body of {@code POST /api/check}. */
    public record CheckRequest(String source) {
    }

    /**
     * Answer of {@code POST /api/check}.
     *
     * @param ok    whether the program compiles
     * @param error why not, when it does not
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckResult(boolean ok, CheckError error) {
    }

    /**
     * A SyntaxError as CPython's attributes give it.
     *
     * @param type      {@code SyntaxError}, {@code IndentationError} or {@code TabError}
     * @param message   CPython's message ({@code msg})
     * @param line      1-based line ({@code lineno})
     * @param column    1-based column in characters ({@code offset})
     * @param endLine   1-based last line ({@code end_lineno}); null when CPython has none
     * @param endColumn 1-based column just past the end ({@code end_offset}); null when CPython has none
     * @param text      the line the error is on, with its newline ({@code text}); null when there is none
     * @param traceback the error as the run's stderr prints it
     */
    public record CheckError(String type, String message, Integer line, Integer column, Integer endLine,
                             Integer endColumn, String text, String traceback) {
    }

    private final int maxSourceBytes = Limits.defaults().maxSourceBytes();
    private final ThreadPoolExecutor pool;

    public CheckController() {
        AtomicInteger next = new AtomicInteger(1);
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE), task -> {
                    Thread thread = new Thread(null, task, "interleave-check-" + next.getAndIncrement(), STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @PostMapping(path = "/api/check", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public CompletableFuture<CheckResult> check(@RequestBody CheckRequest request) {
        String source = request.source();
        if (source == null) {
            throw new RestException(HttpStatus.BAD_REQUEST, "source is missing");
        }
        int bytes = source.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxSourceBytes) {
            throw new RestException(HttpStatus.CONTENT_TOO_LARGE, "source is " + bytes + " bytes; the limit is "
                    + maxSourceBytes + " bytes (" + maxSourceBytes / 1024 + " KB)");
        }
        try {
            return CompletableFuture.supplyAsync(() -> compile(source), pool);
        } catch (RejectedExecutionException e) {
            throw new RestException(HttpStatus.SERVICE_UNAVAILABLE,
                    "the server is busy checking other programs; try again shortly");
        }
    }

    /** Compiles {@code source} and describes its SyntaxError, if any. */
    static CheckResult compile(String source) {
        try {
            Compiler.compile(source, FILE_NAME);
            return new CheckResult(true, null);
        } catch (PySyntaxError e) {
            return new CheckResult(false, describe(source, e));
        } catch (StackOverflowError e) {
            return new CheckResult(false, new CheckError("RecursionError",
                    "maximum recursion depth exceeded during compilation", null, null, null, null, null,
                    "RecursionError: maximum recursion depth exceeded during compilation\n"));
        }
    }

    static CheckError describe(String source, PySyntaxError e) {
        boolean hasEnd = e.endLine() > 0;
        return new CheckError(e.kind().name(), e.msg(), e.line(), e.col(), hasEnd ? e.endLine() : null,
                hasEnd ? e.endCol() : null, lineText(source, e.line()),
                TracebackPrinter.formatSyntaxError(FILE_NAME, source, e));
    }

    /** Line n (1-based) with its newline, as CPython keeps {@code SyntaxError.text}; null when out of range. */
    static String lineText(String source, int n) {
        if (n < 1) {
            return null;
        }
        int start = 0;
        for (int line = 1; line < n; line++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (start >= source.length()) {
            return null;
        }
        int nl = source.indexOf('\n', start);
        return nl < 0 ? source.substring(start) : source.substring(start, nl + 1);
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}
