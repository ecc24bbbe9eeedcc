package dev.interleave.web;

import dev.interleave.engine.Engine;
import dev.interleave.engine.OutputSink;
import dev.interleave.web.rest.Scenario;
import dev.interleave.web.rest.ScenarioCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Over the socket it ends with waves of connections opened at once, as a class arrives: a server
 * warmed by one connection at a time still answered its first 300 students twice as slowly as
 * its second 300. {@code interleave.warmup.passes} (0 turns it off; the tests do),
 * {@code interleave.warmup.waves} and {@code interleave.warmup.fleet}.
 */
@Component
class Warmup {

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private final ScenarioCatalog catalog;
    private final int passes;
    private final int waves;
    private final int fleet;
    private final Environment env;
    /** The light scenarios' sources, found by {@link #run}. */
    private final List<String> light = new ArrayList<>();

    Warmup(ScenarioCatalog catalog, @Value("${interleave.warmup.passes:0}") int passes,
           @Value("${interleave.warmup.waves:0}") int waves, @Value("${interleave.warmup.fleet:32}") int fleet,
           Environment env) {
        this.catalog = catalog;
        this.passes = passes;
        this.waves = waves;
        this.fleet = fleet;
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

    /**
     * Runs the gallery through the server's own WebSocket, {@code passes} times one after the
     * other, then {@code waves} waves of {@code fleet} connections at once running the light
     * scenarios; returns the runs that ended.
     */
    int overTheSocket(int port) {
        long started = System.nanoTime();
        try {
            int runs = LoopbackWarmup.run(port, catalog.all().stream().map(Scenario::source).toList(), passes,
                    List.copyOf(light), waves, fleet);
            LOG.info("warm-up: {} runs over /ws ({} waves of {} connections) in {} ms", runs,
                    light.isEmpty() ? 0 : waves, fleet, (System.nanoTime() - started) / 1_000_000);
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
        light.clear();
        Map<String, Long> lastPass = new LinkedHashMap<>();
        for (int pass = 0; pass < passes; pass++) {
            for (Scenario s : catalog.all()) {
                try {
                    long t0 = System.nanoTime();
                    if (engine.run("main.py", s.source(), s.options(), OutputSink.DISCARD).exitStatus()
                            == s.exitStatus()) {
                        runs++;
                        if (pass == passes - 1) {
                            lastPass.put(s.source(), System.nanoTime() - t0);
                        }
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    LOG.warn("warm-up run of scenario {} failed: {}", s.id(), e.toString());
                }
            }
        }
        // the quicker half of the gallery runs in the waves: they are about the connections, not the engine
        lastPass.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit((lastPass.size() + 1) / 2)
                .forEach(e -> light.add(e.getKey()));
        LOG.info("warm-up of the engine: {} runs of the gallery in {} ms ({} quick enough for the waves)",
                runs, (System.nanoTime() - started) / 1_000_000, light.size());
        return runs;
    }
}
