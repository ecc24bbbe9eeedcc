package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.TraceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * multiprocessing.Manager on the machine: the server is a process of its own, each proxy call is
 * a request and a reply in flight between processes, and the shared object's state is traced.
 */
class ManagerTraceTest {

    private static final String PROGRAM = """
            import multiprocessing as mp

            def work(shared):
                shared.append('child')

            if __name__ == '__main__':
                with mp.Manager() as manager:
                    shared = manager.list()
                    p = mp.Process(target=work, args=(shared,))
                    p.start()
                    p.join()
                    shared.append('parent')
                    print(sorted(shared))
            """;

    private static CapturedRun run(String source, RunOptions options) {
        return CapturedRun.traced(source, options);
    }

    private static TraceEntity entity(CapturedRun r, String kind, String name) {
        for (TraceEntity e : r.result().trace().entities()) {
            if (e.kind().equals(kind) && e.name().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no " + kind + " named " + name);
    }

    private static Object fact(TraceEntity e, String name) {
        for (int i = 0; i + 1 < e.facts().length; i += 2) {
            if (e.facts()[i].equals(name)) {
                return e.facts()[i + 1];
            }
        }
        return null;
    }

    private static List<TraceEvent> events(CapturedRun r, String kind, int object) {
        List<TraceEvent> l = new ArrayList<>();
        for (TraceEvent e : r.result().trace().events()) {
            if (e.kind().equals(kind) && (object < 0 || e.object() == object)) {
                l.add(e);
            }
        }
        return l;
    }

    @Test
    void theServerIsAForkedProcessNamedAsCPythonNamesIt() {
        CapturedRun r = run(PROGRAM, RunOptions.defaults());
        assertEquals("['child', 'parent']\n", r.stdout());
        TraceEntity server = entity(r, "process", "SyncManager-1");
        assertEquals("fork", fact(server, "start"));
        assertEquals(1000, ((Number) fact(server, "ppid")).intValue());
        TraceEntity accepter = entity(r, "thread", "Thread-1 (accepter)");
        assertEquals(server.id(), accepter.process());
        // the server thread serving the child's proxies takes the child's name (accept_connection)
        TraceEntity serving = entity(r, "thread", "Process-2");
        assertEquals(server.id(), serving.process());
        // shutdown on leaving the with block: the server exits 0 and its parent reaps it
        TraceEvent exit = events(r, "process.exit", server.id()).get(0);
        assertEquals(0, exit.detail("code"));
        assertEquals(1, events(r, "process.reaped", server.id()).get(0).detail("by"));
    }

    @Test
    void aChildsCallIsARequestAndAReplyBetweenTheProcesses() {
        CapturedRun r = run(PROGRAM, RunOptions.defaults());
        TraceEntity child = entity(r, "process", "Process-2");
        TraceEntity server = entity(r, "process", "SyncManager-1");
        TraceEntity shared = entity(r, "managed", "shared");
        assertEquals("list", fact(shared, "typeid"));
        assertEquals(server.id(), shared.process());

        TraceEvent request = null;
        for (TraceEvent e : r.result().trace().events()) {
            if (e.kind().equals("pipe.send") && String.valueOf(e.detail("item")).contains("'append', ('child',)")) {
                request = e;
            }
        }
        assertNotNull(request, "the child's append request");
        assertEquals(child.id(), threadProcess(r, request.actor()));
        assertEquals("Process-2 -> SyncManager-1", nameOf(r, request.object()));

        TraceEvent received = first(r, "pipe.recv", request.object(), request.seq());
        assertEquals(server.id(), threadProcess(r, received.actor()));
        TraceEvent call = first(r, "manager.call", shared.id(), received.seq());
        assertEquals("append", call.detail("method"));
        assertEquals("('child',)", call.detail("args"));
        assertEquals("return", call.detail("outcome"));
        assertEquals("['child']", call.detail("referent"));
        assertEquals(received.actor(), call.actor());

        TraceEvent reply = null;
        for (TraceEvent e : events(r, "pipe.send", -1)) {
            if (e.seq() > call.seq() && e.actor() == call.actor()) {
                reply = e;
                break;
            }
        }
        assertNotNull(reply, "the server's reply");
        assertEquals("SyncManager-1 -> Process-2", nameOf(r, reply.object()));
        assertEquals("('#RETURN', None)", reply.detail("item"));
        TraceEvent answered = first(r, "pipe.recv", reply.object(), reply.seq());
        assertEquals(request.actor(), answered.actor());
        assertTrue(answered.time() > request.time(), "a round trip takes virtual time");

        List<TraceEvent> calls = events(r, "manager.call", shared.id());
        assertEquals("['child', 'parent']", calls.get(calls.size() - 1).detail("referent"));
        assertEquals(1, events(r, "manager.create", shared.id()).size());
    }

    @Test
    void underSpawnTheServerIsSpawnedAndProxiesTravelByPickle() {
        CapturedRun r = run(PROGRAM.replace("mp.Manager()", "mp.get_context('spawn').Manager()")
                .replace("mp.Process(", "mp.get_context('spawn').Process("), RunOptions.defaults());
        assertEquals("['child', 'parent']\n", r.stdout());
        assertEquals("spawn", fact(entity(r, "process", "SyncManager-1"), "start"));
        assertEquals("spawn", fact(entity(r, "process", "SpawnProcess-2"), "start"));
    }

    @Test
    void everyCallCostsARoundTripInVirtualTime() {
        String calls = """
                import multiprocessing as mp
                if __name__ == '__main__':
                    with mp.Manager() as m:
                        v = m.Value('i', 0)
                        for _ in range(N):
                            v.value += 1
                        print(v.value)
                """;
        long few = run(calls.replace("N", "10"), RunOptions.defaults()).result().summary().virtualNanos();
        long many = run(calls.replace("N", "110"), RunOptions.defaults()).result().summary().virtualNanos();
        // 100 more increments are 200 more round trips (a get and a set each)
        long perRoundTrip = (many - few) / 200;
        assertTrue(perRoundTrip > 1_000, "a round trip costs microseconds, was " + perRoundTrip + " ns");
    }

    @Test
    void aDeadlockOnAManagedLockIsReportedWithTheServerThreadHoldingIt() {
        CapturedRun r = CapturedRun.of("""
                import multiprocessing as mp
                if __name__ == '__main__':
                    m = mp.Manager()
                    lock = m.Lock()
                    lock.acquire()
                    lock.acquire()
                """, RunOptions.defaults());
        assertEquals(3, r.result().exitStatus(), r.output());
        String report = r.result().message();
        assertTrue(report.contains("waits for pipe SyncManager-1 -> MainProcess"), report);
        assertTrue(report.contains("MainProcess (line 0) waits for Lock lock, held by MainProcess"), report);
    }

    @Test
    void aForkedChildIncrefsOnlyTheProxiesStillReachable() {
        CapturedRun r = run("""
                import multiprocessing as mp
                def work(d):
                    print(d['a'], flush=True)
                if __name__ == '__main__':
                    with mp.Manager() as m:
                        d = m.dict(a=1)
                        for _ in range(20):
                            tmp = m.list()
                        del tmp
                        p = mp.Process(target=work, args=(d,))
                        p.start()
                        p.join()
                """, RunOptions.defaults());
        assertEquals("1\n", r.stdout());
        int child = entity(r, "process", "Process-2").id();
        int increfs = 0;
        for (TraceEvent e : events(r, "pipe.send", -1)) {
            if (threadProcess(r, e.actor()) == child && String.valueOf(e.detail("item")).contains("'incref'")) {
                increfs++;
            }
        }
        // CPython's after-fork registry holds proxies weakly: the twenty dropped lists are gone
        assertEquals(1, increfs);
    }

    @Test
    void theSameSeedGivesTheSameTraceAndSeedsDiffer() {
        String a = TraceText.of("m.py", PROGRAM, RunOptions.defaults().withSeed(3));
        assertEquals(a, TraceText.of("m.py", PROGRAM, RunOptions.defaults().withSeed(3)));
        assertNotEquals(a, TraceText.of("m.py", PROGRAM, RunOptions.defaults().withSeed(4)));
    }

    @TestFactory
    Stream<DynamicTest> everyManagerProgramGivesTheSameTraceTwice() throws IOException {
        Path corpus = Path.of("src/test/resources/conformance/processes");
        List<Path> programs;
        try (Stream<Path> s = Files.list(corpus)) {
            programs = s.filter(p -> p.getFileName().toString().startsWith("manager_")
                    && p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(programs.size() >= 12, "the manager corpus");
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String src = Files.readString(p);
            String name = p.getFileName().toString();
            RunOptions seeded = RunOptions.defaults().withSeed(9);
            assertEquals(TraceText.of(name, src, seeded), TraceText.of(name, src, seeded));
        }));
    }

    private static TraceEvent first(CapturedRun r, String kind, int object, long after) {
        for (TraceEvent e : events(r, kind, object)) {
            if (e.seq() > after) {
                return e;
            }
        }
        throw new AssertionError("no " + kind + " on " + object + " after " + after);
    }

    private static int threadProcess(CapturedRun r, int thread) {
        return r.result().trace().entities().get(thread).process();
    }

    private static String nameOf(CapturedRun r, int id) {
        return r.result().trace().entities().get(id).name();
    }
}
