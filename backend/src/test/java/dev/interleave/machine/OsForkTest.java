package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * os.fork through the real engine: the forking thread's stack copied into the child (nested
 * calls, loops, with-blocks, generators, exception state), what cannot be copied, a fork from a
 * thread, the process lifecycle and the pipes in the trace, and determinism.
 */
class OsForkTest {

    private static CapturedRun run(String source) {
        return run(source, RunOptions.defaults());
    }

    private static CapturedRun run(String source, RunOptions options) {
        return CapturedRun.traced(source, options);
    }


    @Test
    void theChildResumesDeepInNestedCallsLoopsAndWithBlocks() {
        CapturedRun r = run("""
                import os, sys
                class Block:
                    def __init__(self, log, name):
                        self.log, self.name = log, name
                    def __enter__(self):
                        return self
                    def __exit__(self, *exc):
                        self.log.append("exit " + self.name)
                def inner(log, depth):
                    with Block(log, "inner"):
                        for i in range(3):
                            if i == 1:
                                pid = os.fork()
                                log.append(("child" if pid == 0 else "parent", depth, i))
                                if pid:
                                    os.waitpid(pid, 0)
                    return pid
                def outer(log):
                    try:
                        with Block(log, "outer"):
                            return inner(log, 2) * 0 + len(log)
                    finally:
                        log.append("finally")
                log = []
                n = outer(log)
                print(os.getpid() != 1000 and "child" or "parent", n, log, flush=True)
                """);
        assertEquals("""
                child 2 [('child', 2, 1), 'exit inner', 'exit outer', 'finally']
                parent 2 [('parent', 2, 1), 'exit inner', 'exit outer', 'finally']
                """, r.stdout());
    }

    @Test
    void generatorsAndIteratorsInFlightAreCopiedWithTheirPosition() {
        CapturedRun r = run("""
                import os
                def gen():
                    total = 0
                    for i in range(5):
                        total += i
                        got = yield total
                        if got == "fork":
                            pid = os.fork()
                            yield "child" if pid == 0 else "parent"
                g = gen()
                words = iter(["a", "b", "c", "d"])
                first = next(words)
                print(next(g), next(g), g.send("fork"), flush=True)
                print(list(g), next(words), list(words), flush=True)
                """);
        List<String> lines = new ArrayList<>(List.of(r.stdout().split("\n")));
        java.util.Collections.sort(lines);
        assertEquals(List.of("0 1 child", "0 1 parent", "[3, 6, 10] b ['c', 'd']", "[3, 6, 10] b ['c', 'd']"), lines);
    }

    @Test
    void theExceptionBeingHandledIsCopiedToo() {
        CapturedRun r = run("""
                import os, sys
                try:
                    raise ValueError("boom")
                except ValueError:
                    pid = os.fork()
                    print("child" if pid == 0 else "parent", repr(sys.exception()), flush=True)
                    if pid == 0:
                        os._exit(0)
                    os.waitpid(pid, 0)
                """);
        assertEquals("parent ValueError('boom')\nchild ValueError('boom')\n".length(), r.stdout().length());
        assertTrue(r.stdout().contains("child ValueError('boom')\n"), r.stdout());
    }

    @Test
    void aForkUnderNativeFramesRaisesAClearError() {
        CapturedRun r = run("""
                import os
                def key(x):
                    return os.fork()
                class Shown:
                    def __repr__(self):
                        os.fork()
                        return "shown"
                for what in [lambda: sorted([3, 1], key=key), lambda: print(Shown())]:
                    try:
                        what()
                    except RuntimeError as e:
                        print(e)
                try:
                    list(iter(os.fork, 0))
                except RuntimeError as e:
                    print(e)
                print(len(os.wait.__name__), os.getpid())
                """);
        assertEquals("""
                os.fork() cannot run here: key() was called by a builtin (line 8), whose native frames a fork cannot copy
                os.fork() cannot run here: Shown.__repr__() was called by a builtin (line 8), whose native frames a fork cannot copy
                os.fork() cannot run here: it is called by a builtin, not by Python code
                4 1000
                """, r.stdout());
        assertTrue(r.events("process.create").isEmpty());
    }

    @Test
    void forkUnderAnotherNameOrWithAStarCallWorks() {
        CapturedRun r = run("""
                import os
                from os import fork as f
                for call in [lambda: f(), lambda: os.fork(*[], **{})]:
                    pid = call()
                    if pid == 0:
                        print("child", flush=True)
                        os._exit(0)
                    os.waitpid(pid, 0)
                print("parent")
                """);
        assertEquals("child\nchild\nparent\n", r.stdout());
    }

    @Test
    void aForkFromAThreadKeepsOnlyThatThreadAndWarnsAsCPythonDoes() {
        CapturedRun r = run("""
                import os, threading
                def worker():
                    pid = os.fork()
                    if pid == 0:
                        print("child", threading.current_thread().name, threading.active_count(), flush=True)
                        print("lost: the last thread ends the process without flushing")
                        return
                    _, status = os.waitpid(pid, 0)
                    print("parent", status)
                t = threading.Thread(target=worker)
                t.start(); t.join()
                print("end")
                """);
        assertEquals("child Thread-1 (worker) 1\nparent 0\nend\n", r.stdout());
        assertEquals("main.py:3: DeprecationWarning: This process (pid=1000) is multi-threaded, use of fork() may"
                + " lead to deadlocks in the child.\n  pid = os.fork()\n", r.stderr());
    }

    @Test
    void forkEdgesZombiesAndOrphansAreInTheTrace() {
        CapturedRun r = run("""
                import os, time
                pid = os.fork()
                if pid == 0:
                    if os.fork() == 0:
                        time.sleep(0.2)
                        os._exit(0)
                    os._exit(3)
                time.sleep(0.1)
                os.waitpid(pid, 0)
                time.sleep(0.2)
                """);
        List<TraceEvent> creates = r.events("process.create");
        assertEquals(2, creates.size());
        for (TraceEvent c : creates) {
            assertEquals("fork", c.detail("start"));
        }
        assertEquals(1000, creates.get(0).detail("ppid"));
        assertEquals(1001, creates.get(1).detail("ppid"));
        int child = creates.get(0).object();
        int grandchild = creates.get(1).object();
        TraceEvent zombie = r.events("process.zombie").get(0);
        assertEquals(child, zombie.object());
        assertEquals(3 << 8, zombie.detail("status"));
        TraceEvent orphaned = r.events("process.orphaned").get(0);
        assertEquals(grandchild, orphaned.object());
        assertEquals(1, orphaned.detail("ppid"));
        List<TraceEvent> reaped = r.events("process.reaped");
        assertEquals(child, reaped.get(0).object());
        assertEquals(grandchild, reaped.get(1).object());
        assertEquals(null, reaped.get(1).detail("by")); // init reaps the orphan
        assertTrue(zombie.time() < reaped.get(0).time());
    }

    @Test
    void bytesInFlightInAPipeAreInTheTrace() {
        CapturedRun r = run("""
                import os
                r, w = os.pipe()
                pid = os.fork()
                if pid == 0:
                    os.close(w)
                    while os.read(r, 3):
                        pass
                    os._exit(0)
                os.close(r)
                os.write(w, b"hello")
                os.close(w)
                os.waitpid(pid, 0)
                """);
        TraceEvent send = r.events("pipe.send").get(0);
        assertEquals("b'hello'", send.detail("item"));
        assertEquals(5, send.detail("size"));
        List<TraceEvent> recvs = r.events("pipe.recv");
        assertEquals("b'hel'", recvs.get(0).detail("item"));
        assertEquals(send.object(), recvs.get(0).object());
        assertTrue(r.result().trace().entities().stream()
                .anyMatch(e -> e.id() == send.object() && e.name().equals("pipe-1")));
    }

    @Test
    void sameSeedSameTraceBytes() throws java.io.IOException {
        String src = """
                import os, time
                r, w = os.pipe()
                for i in range(3):
                    if os.fork() == 0:
                        os.close(r)
                        time.sleep(0.01 * i)
                        os.write(w, str(i).encode())
                        os._exit(i)
                os.close(w)
                print(os.read(r, 1), os.read(r, 1), os.read(r, 1), os.read(r, 1))
                while True:
                    try:
                        os.wait()
                    except ChildProcessError:
                        break
                """;
        RunOptions o = RunOptions.defaults().withSeed(11).withKeepTrace(true);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        StringBuilder c = new StringBuilder();
        TraceJson.write(a, "main.py", o, CapturedRun.of(src, o).result());
        TraceJson.write(b, "main.py", o, CapturedRun.of(src, o).result());
        RunOptions other = o.withSeed(12);
        TraceJson.write(c, "main.py", other, CapturedRun.of(src, other).result());
        assertEquals(a.toString(), b.toString());
        assertTrue(a.toString().contains("\"pipe.send\""));
        assertNotEquals(a.toString(), c.toString());
    }
}
