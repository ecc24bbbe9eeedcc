package dev.interleave.web.rest;

import dev.interleave.web.RunExecutor;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The run executor's figures as metrics ({@code /actuator/metrics/NAME}):
 * {@code interleave.runs.accepted} (counter), {@code interleave.runs.running} and
 * {@code interleave.runs.queued} (gauges).
 */
@Component
public class RunMetrics implements MeterBinder {

    static final String ACCEPTED = "interleave.runs.accepted";
    static final String RUNNING = "interleave.runs.running";
    static final String QUEUED = "interleave.runs.queued";

    private final RunExecutor executor;

    public RunMetrics(RunExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder(ACCEPTED, executor, RunExecutor::accepted)
                .description("runs accepted by the run executor since start-up (refused ones excluded)")
                .register(registry);
        Gauge.builder(RUNNING, executor, RunExecutor::running)
                .description("runs executing now")
                .register(registry);
        Gauge.builder(QUEUED, executor, RunExecutor::queued)
                .description("runs waiting for a run thread")
                .register(registry);
    }
}
