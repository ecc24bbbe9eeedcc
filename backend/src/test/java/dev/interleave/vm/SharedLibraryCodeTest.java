package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import org.junit.jupiter.api.Test;

/** Library modules are compiled once for all runs; no run can tell, and no run leaves a trace in them. */
class SharedLibraryCodeTest {

    /** Reaches a constant of threading.py's compiled code: the message of the RuntimeError it raises. */
    private static String program(int objectsFirst) {
        return """
                import threading
                junk = [id(object()) for _ in range(%d)]
                class T(threading.Thread):
                    def __init__(self):
                        pass
                try:
                    T().start()
                except RuntimeError as e:
                    msg = e.args[0]
                print(msg, id(msg), hash(object()))
                """.formatted(objectsFirst);
    }

    @Test
    void idsOfSharedConstantsDependOnTheRunAlone() {
        String a = CapturedRun.of("main.py", program(3), RunOptions.defaults()).stdout();
        String b = CapturedRun.of("main.py", program(50), RunOptions.defaults()).stdout();
        assertEquals(a, CapturedRun.of("main.py", program(3), RunOptions.defaults()).stdout(),
                "a run between them must not have numbered the shared constant");
        assertEquals(false, a.equals(b), "the numbering follows each run's own order");
        assertEquals("thread.__init__() not called", a.substring(0, a.indexOf(" 1")));
    }

    @Test
    void eachRunExecutesItsOwnCopyWithItsOwnCaches() {
        PyCode shared = dev.interleave.lang.Compiler.compile("def f():\n    return g\nx = 'k'\n", "lib.py")
                .shareConstants();
        PyCode one = shared.forRun();
        PyCode two = shared.forRun();
        assertNotSame(one, two);
        assertSame(shared.code, one.code);
        assertNotSame(one.globalValue, two.globalValue);
        PyCode f1 = (PyCode) java.util.Arrays.stream(one.consts).filter(c -> c instanceof PyCode).findFirst()
                .orElseThrow();
        PyCode f2 = (PyCode) java.util.Arrays.stream(two.consts).filter(c -> c instanceof PyCode).findFirst()
                .orElseThrow();
        assertNotSame(f1, f2, "nested code objects are copied too");
        assertNotSame(f1.globalValue, f2.globalValue);
    }
}
