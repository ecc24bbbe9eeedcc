package dev.interleave.web.ws;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The WebSocket endpoint's figures as metrics ({@code /actuator/metrics/NAME}):
 * {@code interleave.ws.connections}, {@code interleave.ws.runs} (accepted and not ended: running,
 * paused or queued) and {@code interleave.ws.queued} (new runs waiting for their turn).
 */
@Component
class WsMetrics implements MeterBinder {

    private final RunSocketHandler handler;

    WsMetrics(RunSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("interleave.ws.connections", handler, RunSocketHandler::openConnections)
                .description("open WebSocket connections on /ws").register(registry);
        Gauge.builder("interleave.ws.runs", handler, RunSocketHandler::liveRuns)
                .description("runs accepted on /ws and not ended: running, paused or queued").register(registry);
        Gauge.builder("interleave.ws.queued", handler, RunSocketHandler::queuedRuns)
                .description("new runs on /ws waiting for their turn").register(registry);
    }
}
