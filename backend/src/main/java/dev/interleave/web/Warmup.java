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
import org.springframework.stereotype.Component;

/**
 * Warms the JIT when the server starts: runs every gallery scenario a few times in the
 * background, so the first students to open a link do not wait for HotSpot to compile the
 * interpreter (a cold server's first 300 runs answer about twice as slowly as a warm one's).
 * {@code interleave.warmup.passes} (0 turns it off; the tests do).
 */
@Component
class Warmup {

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private final ScenarioCatalog catalog;
    private final int passes;

    Warmup(ScenarioCatalog catalog, @Value("${interleave.warmup.passes:0}") int passes) {
        this.catalog = catalog;
        this.passes = passes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (passes <= 0) {
            return;
        }
        Thread.ofPlatform().daemon().name("interleave-warmup").priority(Thread.MIN_PRIORITY).start(this::run);
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
        LOG.info("warm-up: {} runs of the gallery in {} ms", runs, (System.nanoTime() - started) / 1_000_000);
        return runs;
    }
}
