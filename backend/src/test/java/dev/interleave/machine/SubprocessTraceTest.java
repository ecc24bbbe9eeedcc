package dev.interleave.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands run by subprocess and os.popen in the trace: their processes, their pipes, who waits. */
class SubprocessTraceTest {

    private static CapturedRun run(String source, RunOptions options) {
        return CapturedRun.traced(source, options);
    }

    private static CapturedRun run(String source) {
        return run(source, RunOptions.defaults());
    }


    private static TraceEntity entity(CapturedRun r, int id) {
        for (TraceEntity e : r.result().trace().entities()) {
            if (e.id() == id) {
                return e;
            }
        }
        throw new AssertionError("no entity " + id);
    }

    private static Object fact(TraceEntity e, String name) {
        for (int i = 0; i + 1 < e.facts().length; i += 2) {
            if (e.facts()[i].equals(name)) {
                return e.facts()[i + 1];
            }
        }
        return null;
    }

    @Test
    void aCommandIsAChildProcessThatExitsAndIsReapedByWait() {
        CapturedRun r = run("""
                import subprocess
                r = subprocess.run(["echo", "hi"], capture_output=True)
                print(r.stdout)
                """);
        assertEquals("b'hi\\n'\n", r.stdout());
        TraceEvent create = r.events("process.create").get(0);
        assertEquals("exec", create.detail("start"));
        assertEquals(1000, create.detail("ppid"));
        TraceEntity proc = entity(r, create.object());
        assertEquals("process", proc.kind());
        assertEquals("echo", proc.name());
        TraceEvent exit = r.events("process.exit").get(0);
        assertEquals(create.object(), exit.object());
        assertEquals(0, exit.detail("code"));
        TraceEvent reaped = r.events("process.reaped").get(0);
        assertEquals(create.object(), reaped.object());
        assertEquals(1, reaped.detail("by")); // the program's main thread, in wait()
    }

    @Test
    void theReaderBlocksOnThePipeUntilTheCommandWrites() {
        CapturedRun r = run("""
                import subprocess
                p = subprocess.Popen(["python3", "-c", "import time; time.sleep(1); print('late')"],
                                     stdout=subprocess.PIPE, text=True)
                print(p.stdout.read(), end="")
                print(p.wait())
                """);
        assertEquals("late\n0\n", r.stdout());
        TraceEvent send = r.events("pipe.send").get(0);
        TraceEntity pipe = entity(r, send.object());
        assertEquals("queue", pipe.kind());
        assertEquals("pipe", fact(pipe, "flavour"));
        assertTrue(pipe.name().endsWith(".stdout"), pipe.name());
        assertEquals("b'late\\n'", send.detail("item"));
        assertEquals(1, send.detail("woke"));
        boolean blockedOnPipe = false;
        for (TraceEvent e : r.events("thread.state")) {
            if (e.actor() == 1 && "blocked".equals(e.detail("state")) && Integer.valueOf(send.object()).equals(e.detail("on"))) {
                assertEquals("read", e.detail("reason"));
                assertTrue(e.time() < send.time());
                blockedOnPipe = true;
            }
        }
        assertTrue(blockedOnPipe, "the program waits on the pipe while the command sleeps");
        TraceEvent recv = r.events("pipe.recv").get(0);
        assertEquals(send.object(), recv.object());
        assertEquals(1, recv.actor());
    }

    @Test
    void catCopiesItsStdinPipeToItsStdoutPipe() {
        CapturedRun r = run("""
                import subprocess
                out = subprocess.run(["cat"], input=b"abc", capture_output=True).stdout
                print(out)
                """);
        assertEquals("b'abc'\n", r.stdout());
        List<TraceEvent> sends = r.events("pipe.send");
        assertEquals(2, sends.size());
        TraceEntity stdin = entity(r, sends.get(0).object());
        TraceEntity stdout = entity(r, sends.get(1).object());
        assertTrue(stdin.name().endsWith(".stdin"), stdin.name());
        assertTrue(stdout.name().endsWith(".stdout"), stdout.name());
        assertEquals(1, sends.get(0).actor());
        assertNotEquals(1, sends.get(1).actor()); // cat's own main thread writes
    }

    @Test
    void killEndsTheCommandBySignalAndItsPipeReachesEof() {
        CapturedRun r = run("""
                import subprocess
                p = subprocess.Popen(["sleep", "10"], stdout=subprocess.PIPE)
                p.kill()
                print(p.stdout.read(), p.wait())
                """);
        assertEquals("b'' -9\n", r.stdout());
        TraceEvent exit = r.events("process.exit").get(0);
        assertEquals(9, exit.detail("signal"));
        assertEquals(1, r.events("process.signal").size());
        assertTrue(r.result().trace().events().get(r.result().trace().events().size() - 1).time() < 1_000_000_000L,
                "nobody waited for the sleep");
    }

    @Test
    void sleepTakesVirtualTimeAndShellNotFoundIs127() {
        CapturedRun r = run("""
                import subprocess, time
                t = time.monotonic()
                subprocess.run(["sleep", "2"])
                print(round(time.monotonic() - t))
                print(subprocess.call("nosuch", shell=True, stderr=subprocess.DEVNULL))
                """);
        assertEquals("2\n127\n", r.stdout());
        assertEquals(2, r.events("process.create").size());
        assertEquals(127, r.events("process.exit").get(1).detail("code"));
    }

    @Test
    void theSameProgramGivesTheSameTrace() {
        String src = """
                import subprocess, os
                procs = [subprocess.Popen(["python3", "-c", f"print({i} * {i})"], stdout=subprocess.PIPE)
                         for i in range(3)]
                print([p.communicate()[0] for p in procs])
                print(os.popen("echo done").read(), end="")
                """;
        RunOptions o = RunOptions.defaults().withSeed(5).withKeepTrace(true);
        CapturedRun a = CapturedRun.of(src, o);
        CapturedRun b = CapturedRun.of(src, o);
        assertEquals("[b'0\\n', b'1\\n', b'4\\n']\ndone\n", a.stdout());
        assertEquals(TraceJson.toString("t.py", o, a.result()), TraceJson.toString("t.py", o, b.result()));
    }
}
