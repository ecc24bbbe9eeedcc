package dev.interleave.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The run gate's order: new runs and client resumers first, preempted runs after, arriving starts first of all. */
class RunGateTest {

    record Run(String name, List<String> log) implements RunGate.Admission {
        @Override
        public void admitted() {
            log.add(name);
        }
    }

    @Test
    void runsBeyondThePermitsQueueInOrderAndAreToldTheirPlace() {
        RunGate gate = new RunGate(1);
        List<String> log = new ArrayList<>();
        assertEquals(0, gate.admit(new Run("a", log)));
        assertEquals(1, gate.admit(new Run("b", log)));
        Run c = new Run("c", log);
        assertEquals(2, gate.admit(c));
        assertEquals(List.of("b", "c"), gate.queued().stream().map(r -> ((Run) r).name()).toList());

        gate.release();
        assertEquals(List.of("b"), log);
        assertTrue(gate.withdraw(c));
        assertFalse(gate.withdraw(c));
        gate.release();
        assertEquals(List.of("b"), log);
        assertEquals(1, gate.free());
    }

    @Test
    void aPreemptedRunWaitsBehindNewRuns() throws Exception {
        RunGate gate = new RunGate(1);
        List<String> log = new ArrayList<>();
        assertEquals(0, gate.admit(new Run("long", log)));
        gate.admit(new Run("new", log));
        gate.release(); // the long run's quantum is over: "new" gets the permit
        CompletableFuture<Boolean> resumed = CompletableFuture.supplyAsync(() -> gate.reacquire(() -> false, true));
        Thread.sleep(100);
        assertFalse(resumed.isDone(), "the preempted run waits while the new one runs");
        assertEquals(List.of("new"), log);
        gate.release();
        assertTrue(resumed.get(5, TimeUnit.SECONDS));
        gate.release();
        assertEquals(1, gate.free());
    }

    @Test
    void preemptedRunsWaitForArrivingStartsButNotForLong() throws Exception {
        RunGate gate = new RunGate(1);
        List<String> log = new ArrayList<>();
        gate.admit(new Run("long", log));
        gate.arriving();
        CompletableFuture<Boolean> resumed = CompletableFuture.supplyAsync(() -> {
            gate.release();
            return gate.reacquire(() -> false, true);
        });
        Thread.sleep(30);
        assertFalse(resumed.isDone(), "held back while a start is being checked");
        assertEquals(0, gate.admit(new Run("arrived", log)), "the start takes the free permit at once");
        gate.arrived();
        gate.release();
        assertTrue(resumed.get(5, TimeUnit.SECONDS));

        gate.arriving();
        CompletableFuture<Boolean> again = CompletableFuture.supplyAsync(() -> {
            gate.release();
            return gate.reacquire(() -> false, true);
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!again.isDone() && System.nanoTime() < deadline) {
            gate.tick();
            Thread.sleep(10);
        }
        assertTrue(again.get(), "a start that takes long does not hold the run back for more than "
                + RunGate.HOLD_NANOS / 1_000_000 + " ms");
        gate.arrived();
    }

    @Test
    void aCancelledResumerGivesUpItsPlace() throws Exception {
        RunGate gate = new RunGate(1);
        gate.admit(new Run("holder", new ArrayList<>()));
        boolean[] cancelled = {false};
        CompletableFuture<Boolean> resumed = CompletableFuture.supplyAsync(() -> gate.reacquire(() -> cancelled[0],
                false));
        Thread.sleep(50);
        cancelled[0] = true;
        assertFalse(resumed.get(5, TimeUnit.SECONDS));
        assertFalse(gate.contended());
        gate.release();
        assertEquals(1, gate.free());
    }
}
