package dev.interleave.engine;

import dev.interleave.machine.SchedulePolicy;
import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What a live view attaches to a run: it hears every entity (process, thread, object) when it is
 * created and every event as it happens, may make the scheduling decisions itself, and may cancel
 * the run. The listeners are called on the run's own thread: one that blocks (a full buffer)
 * pauses the simulation, which is how a slow client slows the run down instead of the server
 * buffering without bound.
 *
 * @param entities  hears each entity as it is created (the trace header, live), or null
 * @param events    hears each event, or null
 * @param policy    makes the decisions instead of RunOptions' policy (the interactive mode), or null
 * @param cancelled polled at every visit to the scheduler; true stops the run (exit status 4,
 *                  ending CANCELLED), or null
 */
public record RunHooks(Consumer<TraceEntity> entities, Consumer<TraceEvent> events, SchedulePolicy policy,
        BooleanSupplier cancelled) {

    public static final RunHooks NONE = new RunHooks(null, null, null, null);
}
