package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Processes on the machine: fork's copy, zombies and orphans, signals, a GIL per process. */
class ProcessesTest {

    private static CapturedRun run(String source) {
        return run(source, RunOptions.defaults());
    }

    private static CapturedRun run(String source, RunOptions options) {
        return CapturedRun.traced(source, options);
    }


    @Test
    void forkCopiesTheWholeGraphKeepingIdentitiesAndSharingNothing() {
        CapturedRun r = run("""
                import multiprocessing as mp
                class Node:
                    def __init__(self):
                        self.peer = None
                a = Node(); b = Node(); a.peer = b; b.peer = a
                table = {"a": a, "list": [a, b]}
                ident = id(a)
                def child():
                    print(table["a"] is a, table["list"][1].peer is a, id(a) == ident, flush=True)
                    a.peer = None
                    table["new"] = 1
                    print(a.peer, sorted(table), flush=True)
                if __name__ == "__main__":
                    p = mp.Process(target=child)
                    p.start(); p.join()
                    print(a.peer is b, sorted(table))
                """);
        assertEquals("True True True\nNone ['a', 'list', 'new']\nTrue ['a', 'list']\n", r.stdout());
    }

    @Test
    void aChildIsAZombieUntilItsParentReapsIt() {
        CapturedRun r = run("""
                import multiprocessing as mp, time
                def child():
                    pass
                if __name__ == "__main__":
                    p = mp.Process(target=child)
                    p.start()
                    time.sleep(0.2)
                    p.join()
                """);
        TraceEvent exit = r.events("process.exit").get(0);
        TraceEvent zombie = r.events("process.zombie").get(0);
        TraceEvent reaped = r.events("process.reaped").get(0);
        assertEquals(exit.object(), zombie.object());
        assertEquals(exit.object(), reaped.object());
        assertEquals(0, exit.detail("code"));
        assertEquals(1, reaped.detail("by")); // the parent's main thread
        assertTrue(reaped.time() - zombie.time() > 100_000_000L, "a zombie for the parent's sleep");
    }

    @Test
    void anOrphanIsReparentedToInitWhichReapsIt() {
        CapturedRun r = run("""
                import multiprocessing as mp, os, time
                def grandchild(q):
                    time.sleep(0.3)
                    q.put(os.getppid())
                def child(q):
                    mp.Process(target=grandchild, args=(q,)).start()
                    os._exit(0)
                if __name__ == "__main__":
                    q = mp.Queue()
                    p = mp.Process(target=child, args=(q,))
                    p.start()
                    p.join()
                    print("grandchild's parent:", q.get())
                """);
        assertEquals("grandchild's parent: 1\n", r.stdout());
        List<TraceEvent> orphaned = r.events("process.orphaned");
        assertEquals(1, orphaned.size());
        assertEquals(1, orphaned.get(0).detail("ppid"));
        boolean reapedByInit = false;
        for (TraceEvent e : r.events("process.reaped")) {
            if (e.object() == orphaned.get(0).object()) {
                reapedByInit = e.detail("by") == null;
            }
        }
        assertTrue(reapedByInit, "init reaps the orphan");
    }

    @Test
    void aHandlerRunsInTheMainThreadOfTheTargetProcess() {
        CapturedRun r = run("""
                import multiprocessing as mp, signal, threading, time, os
                def child(q):
                    signal.signal(signal.SIGUSR1, lambda s, f: q.put(threading.current_thread().name))
                    q.put("ready")
                    while True:
                        time.sleep(0.05)
                if __name__ == "__main__":
                    q = mp.Queue()
                    p = mp.Process(target=child, args=(q,))
                    p.start()
                    q.get()
                    os.kill(p.pid, signal.SIGUSR1)
                    print(q.get())
                    p.terminate(); p.join()
                    print(p.exitcode)
                """);
        assertEquals("MainThread\n-15\n", r.stdout());
        List<TraceEvent> signals = r.events("process.signal");
        assertEquals("handler", signals.get(0).detail("action"));
        assertEquals("terminate", signals.get(1).detail("action"));
    }

    @Test
    void eachProcessHasItsOwnGilSoProcessesRunInParallel() {
        String work = """
                import multiprocessing as mp, threading
                def spin():
                    n = 0
                    for i in range(200000):
                        n += i
                if __name__ == "__main__":
                    ws = [KIND(target=spin) for _ in range(4)]
                    for w in ws: w.start()
                    for w in ws: w.join()
                """;
        CapturedRun procs = run(work.replace("KIND", "mp.Process"));
        CapturedRun threads = run(work.replace("KIND", "threading.Thread"));
        double ratio = (double) threads.result().summary().virtualNanos() / procs.result().summary().virtualNanos();
        assertTrue(ratio > 2.5, "4 threads under one GIL vs 4 processes on 4 cores: " + ratio);
        List<Integer> gils = new ArrayList<>();
        for (TraceEvent e : procs.events("gil.take")) {
            if (!gils.contains(e.object())) {
                gils.add(e.object());
            }
        }
        assertEquals(5, gils.size(), "a GIL per process: " + gils);
    }

    @Test
    void processCostsComeFromTheMachineConfig() {
        MachineConfig cheap = MachineConfig.defaults().withProcessCosts(1000, 2000, 4096);
        CapturedRun r = run("""
                import multiprocessing as mp
                if __name__ == "__main__":
                    p = mp.Process(target=print, args=("hi",))
                    p.start(); p.join()
                """, RunOptions.defaults().withMachine(cheap));
        TraceEvent create = r.events("process.create").get(0);
        assertEquals(4096L, ((Number) create.detail("memory")).longValue());
        assertEquals("fork", create.detail("start"));
        assertEquals("hi\n", r.stdout());
    }

    @Test
    void theSameSeedGivesTheSameTraceByteForByte() throws Exception {
        String src = """
                import multiprocessing as mp, time
                def work(q, i):
                    time.sleep(0.01 * i)
                    q.put(i)
                if __name__ == "__main__":
                    q = mp.Queue()
                    ps = [mp.Process(target=work, args=(q, i)) for i in range(3)]
                    for p in ps: p.start()
                    print(sorted(q.get() for _ in ps))
                    for p in ps: p.join()
                """;
        RunOptions o = RunOptions.defaults().withSeed(7).withKeepTrace(true);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        TraceJson.write(a, "main.py", o, CapturedRun.of(src, o).result());
        TraceJson.write(b, "main.py", o, CapturedRun.of(src, o).result());
        assertEquals(a.toString(), b.toString());
        assertTrue(a.toString().contains("\"process.create\""));
    }

    @Test
    void spawnIsTheDefaultWhenTheRunSaysSo() {
        CapturedRun r = run("""
                import multiprocessing as mp
                print(__name__)
                if __name__ == "__main__":
                    print(mp.get_start_method())
                    p = mp.Process(target=print, args=("child",))
                    p.start(); p.join()
                """, RunOptions.defaults().withStartMethod("spawn"));
        assertEquals("__main__\nspawn\n__mp_main__\nchild\n", r.stdout());
        TraceEvent create = r.events("process.create").get(0);
        assertEquals("spawn", create.detail("start"));
        assertNotNull(create.detail("pid"));
        assertNull(create.detail("nothing"));
    }
}
