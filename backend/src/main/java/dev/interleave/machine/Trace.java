package dev.interleave.machine;

import dev.interleave.vm.LimitExceeded;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a run did, in order: the entities (processes, threads, objects), the events and the
 * scheduling decisions. Event times never go backwards. Keeps the events only when asked to
 * (a trace file, a live view); counts them always.
 */
public final class Trace {

    private final boolean keep;
    private final long maxEvents;
    private final List<TraceEntity> entities = new ArrayList<>();
    private final List<TraceEvent> events;
    private final List<Decision> decisions = new ArrayList<>();
    private Consumer<TraceEvent> listener;
    private Consumer<TraceEntity> entityListener;
    private long count;
    private long lastTime;

    public Trace(boolean keep, long maxEvents) {
        this.keep = keep;
        this.maxEvents = maxEvents;
        this.events = keep ? new ArrayList<>() : Collections.emptyList();
    }

    /**
     * Also hands every entity and every event to these listeners as they happen (the server's
     * live stream); either may be null.
     */
    public void listen(Consumer<TraceEntity> entities, Consumer<TraceEvent> events) {
        entityListener = entities;
        listener = events;
    }

    int entity(String kind, String name, int line, int process, Object... facts) {
        int id = entities.size();
        TraceEntity e = new TraceEntity(id, kind, name, line, process, facts);
        entities.add(e);
        if (entityListener != null) {
            entityListener.accept(e);
        }
        return id;
    }

    void rename(int id, String name) {
        TraceEntity e = entities.get(id);
        entities.set(id, new TraceEntity(id, e.kind(), name, e.line(), e.process(), e.facts()));
    }

    /** Records one event at {@code time} (moved up to the last event's time if earlier). */
    TraceEvent emitAt(long time, int actor, String kind, int object, int line, Object... details) {
        if (count >= maxEvents) {
            throw new LimitExceeded("trace-event limit reached: the run made more than " + maxEvents + " events");
        }
        if (time < lastTime) {
            time = lastTime;
        }
        lastTime = time;
        TraceEvent e = new TraceEvent(count++, time, kind, actor, object, line, details);
        if (keep) {
            events.add(e);
        }
        if (listener != null) {
            listener.accept(e);
        }
        return e;
    }

    void decision(Decision d) {
        decisions.add(d);
    }

    public long nextSeq() {
        return count;
    }

    public long count() {
        return count;
    }

    public long lastTime() {
        return lastTime;
    }

    public List<TraceEntity> entities() {
        return Collections.unmodifiableList(entities);
    }

    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }

    public boolean keeps() {
        return keep;
    }
}
