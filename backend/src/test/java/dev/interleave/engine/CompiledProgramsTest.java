package dev.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.interleave.lang.Compiler;
import dev.interleave.lang.PySyntaxError;
import dev.interleave.machine.TraceJson;
import dev.interleave.vm.PyCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompiledProgramsTest {

    /** Touches what a shared code object could leak between runs: ids of constants, globals and attribute caches, threads. */
    private static final String PROGRAM = """
            import threading
            K = ("a", 1, (2, 3))
            class P:
                def __init__(self, x):
                    self.x = x
                def get(self):
                    return self.x
            def work(n, out):
                total = 0
                for i in range(n):
                    total += P(i).get()
                out.append(total)
            out = []
            ts = [threading.Thread(target=work, args=(200, out)) for _ in range(3)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            print(out, K, id(K) == id(("a", 1, (2, 3))), hex(id(P))[:2], object())
            P.get = lambda self: -self.x
            print(P(4).get())
            """;

    @Test
    void aCachedProgramRunsAsAFreshlyCompiledOneEveryTime() {
        CompiledPrograms programs = new CompiledPrograms(4, 10_000);
        RunOptions options = RunOptions.defaults().withSeed(7);
        String fresh = traceOf(Compiler.compile(PROGRAM, "main.py"), options);
        for (int i = 0; i < 3; i++) {
            assertEquals(fresh, traceOf(programs.compile("main.py", PROGRAM), options), "run " + i);
        }
        assertEquals(1, programs.misses());
        assertEquals(2, programs.hits());
    }

    @Test
    void everyRunGetsItsOwnCopy() {
        CompiledPrograms programs = new CompiledPrograms(4, 10_000);
        PyCode a = programs.compile("main.py", "def f():\n    return 1\nprint(f())\n");
        PyCode b = programs.compile("main.py", "def f():\n    return 1\nprint(f())\n");
        assertNotSame(a, b);
        assertNotSame(a.consts[0], b.consts[0]); // nested code: its own caches too
        assertSame(a.code, b.code); // the instructions are shared
    }

    @Test
    void aSyntaxErrorIsCachedAndThrownAgain() {
        CompiledPrograms programs = new CompiledPrograms(4, 10_000);
        PySyntaxError first = assertThrows(PySyntaxError.class, () -> programs.compile("main.py", "x = (\n"));
        PySyntaxError again = assertThrows(PySyntaxError.class, () -> programs.compile("main.py", "x = (\n"));
        assertSame(first, again);
        assertEquals(1, programs.misses());
    }

    @Test
    void theLeastRecentlyUsedSourceGoesFirstAndLongSourcesAreNotKept() {
        CompiledPrograms programs = new CompiledPrograms(2, 40);
        programs.compile("main.py", "a = 1\n");
        programs.compile("main.py", "b = 2\n");
        programs.compile("main.py", "a = 1\n"); // a is now the most recent
        programs.compile("main.py", "c = 3\n"); // b goes
        assertEquals(2, programs.size());
        long misses = programs.misses();
        programs.compile("main.py", "a = 1\n");
        assertEquals(misses, programs.misses());
        programs.compile("main.py", "b = 2\n");
        assertEquals(misses + 1, programs.misses());
        programs.compile("main.py", "x = '" + "y".repeat(50) + "'\n");
        assertEquals(2, programs.size());
        assertEquals(misses + 1, programs.misses()); // compiled, not counted, not kept
    }

    @Test
    void theFileNameIsPartOfTheKey() {
        CompiledPrograms programs = new CompiledPrograms(4, 10_000);
        PyCode a = programs.compile("a.py", "pass\n");
        PyCode b = programs.compile("b.py", "pass\n");
        assertEquals("a.py", a.source.name());
        assertEquals("b.py", b.source.name());
        assertEquals(2, programs.misses());
    }

    @Test
    void concurrentRequestsForOneSourceCompileItOnce() throws InterruptedException {
        CompiledPrograms programs = new CompiledPrograms(4, 10_000);
        AtomicInteger compilations = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<PyCode> codes = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                codes.add(programs.compile("main.py", "print(1)\n", (f, s) -> {
                    compilations.incrementAndGet();
                    try {
                        Thread.sleep(50); // the others arrive while this one compiles
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Compiler.compile(s, f);
                }));
            }));
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, compilations.get());
        assertEquals(8, codes.size());
        assertEquals(8, codes.stream().distinct().count());
    }

    @Test
    void aCompilerFailureIsNotCached() {
        CompiledPrograms programs = new CompiledPrograms(4, 10_000);
        assertThrows(IllegalStateException.class, () -> programs.compile("main.py", "pass\n", (f, s) -> {
            throw new IllegalStateException("no stack left");
        }));
        assertEquals(0, programs.size());
        programs.compile("main.py", "pass\n");
        assertEquals(1, programs.size());
    }

    private static String traceOf(PyCode code, RunOptions options) {
        RunOptions o = options.withKeepTrace(true);
        RunResult[] r = new RunResult[1];
        StringBuilder out = new StringBuilder();
        Thread t = new Thread(null, () -> r[0] = new Engine().run("main.py", code, o, new OutputSink() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                out.append(text);
            }
        }, RunHooks.NONE), "engine-test", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder sb = new StringBuilder(out);
        try {
            TraceJson.write(sb, "main.py", o, r[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
