package dev.interleave.web;

import dev.interleave.engine.Engine;
import dev.interleave.engine.OutputSink;
import dev.interleave.web.rest.Scenario;
import dev.interleave.web.rest.ScenarioCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Warms the JIT when the server starts: runs every gallery scenario a few times in the
 * background, straight through the engine and then over the server's own WebSocket, so the
 * first students to open a link do not wait for HotSpot to compile the interpreter and the
 * streaming path (a cold server's first 300 runs answer about twice as slowly as a warm one's).
 * {@code interleave.warmup.passes} (0 turns it off; the tests do).
 */
@Component
class Warmup {

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private final ScenarioCatalog catalog;
    private final int passes;
    private final Environment env;

    Warmup(ScenarioCatalog catalog, @Value("${interleave.warmup.passes:0}") int passes, Environment env) {
        this.catalog = catalog;
        this.passes = passes;
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (passes <= 0) {
            return;
        }
        int port = env.getProperty("local.server.port", Integer.class, 0);
        Thread.ofPlatform().daemon().name("interleave-warmup").priority(Thread.MIN_PRIORITY).start(() -> {
            run();
            if (port > 0) {
                overTheSocket(port);
            }
        });
    }

    /** Runs the gallery through the server's own WebSocket, {@code passes} times; returns the runs that ended. */
    int overTheSocket(int port) {
        long started = System.nanoTime();
        try {
            int runs = LoopbackWarmup.run(port, catalog.all().stream().map(Scenario::source).toList(), passes);
            LOG.info("warm-up: {} runs over /ws in {} ms", runs, (System.nanoTime() - started) / 1_000_000);
            return runs;
        } catch (Exception e) {
            LOG.warn("warm-up over /ws failed: {}", e.toString());
            return 0;
        }
    }

    /** Runs the passes; returns how many runs ended as their scenario says they end. */
    int run() {
        long started = System.nanoTime();
        Engine engine = new Engine();
        int runs = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (Scenario s : catalog.all()) {
                try {
                    if (engine.run("main.py", s.source(), s.options(), OutputSink.DISCARD).exitStatus()
                            == s.exitStatus()) {
                        runs++;
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    LOG.warn("warm-up run of scenario {} failed: {}", s.id(), e.toString());
                }
            }
        }
        LOG.info("warm-up of the engine: {} runs of the gallery in {} ms", runs,
                (System.nanoTime() - started) / 1_000_000);
        return runs;
    }
}
