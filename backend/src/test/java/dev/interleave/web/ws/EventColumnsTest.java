package dev.interleave.web.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The columnar batch: forms shared by events of one shape, times as deltas, details flattened in order. */
class EventColumnsTest {

    @Test
    void eventsOfOneShapeShareAForm() {
        EventColumns c = new EventColumns(16);
        c.event(new TraceEvent(7, 100, "lock.acquire", 1, 2, 4, new Object[] {"holder", 1, "waiters", List.of()}));
        c.event(new TraceEvent(8, 130, "stdout", 1, -1, 5, new Object[] {"text", "hi\n"}));
        c.event(new TraceEvent(9, 130, "lock.acquire", 3, 2, 4, new Object[] {"holder", 3, "waiters", List.of(1)}));
        c.event(new TraceEvent(10, 180, "thread.state", 3, 3, 0, new Object[] {"state", "running", "kind", "x"}));
        List<ServerMessage> out = c.seal(5, new AtomicLong(40)::getAndIncrement);

        assertEquals(1, out.size());
        ServerMessage.Events e = (ServerMessage.Events) out.getFirst();
        assertEquals(40, e.batch());
        assertEquals(7, e.seq());
        assertEquals(4, e.count());
        assertEquals(100, e.t0());
        assertArrayEquals(new long[] {0, 30, 0, 50}, e.dt());
        assertArrayEquals(new int[] {0, 1, 0, 2}, e.form());
        assertEquals(List.of(List.of("lock.acquire", "holder", "waiters"), List.of("stdout", "text"),
                List.of("thread.state", "state", "detail.kind")), e.forms());
        assertEquals(List.of(1, List.of(), "hi\n", 3, List.of(1), "running", "x"), e.values());
        assertArrayEquals(new int[] {1, 1, 3, 3}, e.actor());
        assertArrayEquals(new int[] {2, -1, 2, 3}, e.obj());
        assertNull(e.decisions());
        assertTrue(c.isEmpty());
    }

    @Test
    void entitiesComeFirstAndFactsArePlainData() {
        EventColumns c = new EventColumns(16);
        c.entity(new TraceEntity(0, "process", "MainProcess", 0, -1, new Object[] {"pid", 1000, "name", "x"}));
        c.event(new TraceEvent(0, 0, "odd", -1, -1, 0, new Object[] {"nan", Double.NaN, "mode", Thread.State.NEW,
                "chars", new double[] {1.5, Double.POSITIVE_INFINITY}, "dangling"}));
        c.decision(new ServerMessage.DecisionEntry(1, "gil", List.of(1, 3), null, 3));
        List<ServerMessage> out = c.seal(1, new AtomicLong()::getAndIncrement);

        ServerMessage.Entities ents = (ServerMessage.Entities) out.get(0);
        assertEquals(0, ents.batch());
        assertEquals(Map.of("id", 0, "kind", "process", "name", "MainProcess", "line", 0, "process", -1, "pid", 1000,
                "fact.name", "x"), ents.entities().getFirst());
        ServerMessage.Events ev = (ServerMessage.Events) out.get(1);
        assertEquals(1, ev.batch());
        assertEquals(List.of(List.of("odd", "nan", "mode", "chars")), ev.forms());
        assertEquals(List.of("NaN", "new", List.of(1.5, "Infinity")), ev.values());
        assertEquals(1, ev.decisions().size());
    }

    @Test
    void aForcedBatchGrowsPastItsCapacity() {
        EventColumns c = new EventColumns(2);
        for (int i = 0; i < 5; i++) {
            c.event(new TraceEvent(i, i * 10L, "tick", 1, -1, 0, new Object[0]));
        }
        assertTrue(c.isFull());
        ServerMessage.Events e = (ServerMessage.Events) c.seal(1, () -> 0).getFirst();
        assertEquals(5, e.count());
        assertArrayEquals(new long[] {0, 10, 10, 10, 10}, e.dt());
        c.event(new TraceEvent(5, 60, "tick", 1, -1, 0, new Object[0]));
        assertEquals(1, c.size());
    }
}
