package dev.interleave.vm;

import java.util.HashMap;
import java.util.Map;

/**
 * What a traceback through these natives shows of CPython 3.13's threading.py, where
 * Semaphore, BoundedSemaphore and Barrier are written in Python: an exception leaving one of
 * them gets the frames threading.py would have added (file, line, function and the part
 * underlined), from the excerpt below, compiled once and never run.
 */
final class ThreadingPy {
    /**
     * The lines of CPython 3.13's threading.py those frames show (and the statements that
     * hold them together), each at its own line number: what a traceback prints, not code
     * that runs.
     */
    private static final String EXCERPT = """
        #@line 269
        class Condition:
        #@line 375
            def wait_for(self, predicate, timeout=None):
        #@line 388
                if endtime is None:
                    endtime = _time() + waittime
        #@line 449
        class Semaphore:
        #@line 461
            def __init__(self, value=1):
                if value < 0:
                    raise ValueError("semaphore initial value must be >= 0")
        #@line 472
            def acquire(self, blocking=True, timeout=None):
        #@line 496
                if not blocking and timeout is not None:
                    raise ValueError("can't specify timeout for non-blocking acquire")
        #@line 501
                while self._value == 0:
        #@line 506
                    endtime = _time() + timeout
        #@line 519
            def release(self, n=1):
        #@line 526
                if n < 1:
                    raise ValueError('n must be one or more')
        #@line 532
            def __exit__(self, t, v, tb):
                self.release()
        #@line 536
        class BoundedSemaphore(Semaphore):
        #@line 553
            def __init__(self, value=1):
                super().__init__(value)
        #@line 562
            def release(self, n=1):
        #@line 572
                if n < 1:
                    raise ValueError('n must be one or more')
        #@line 575
                if self._value + n > self._initial_value:
                    raise ValueError("Semaphore released too many times")
        #@line 674
        class Barrier:
        #@line 683
            def __init__(self, parties, action=None, timeout=None):
        #@line 692
                if parties < 1:
                    raise ValueError("parties must be > 0")
        #@line 708
            def wait(self, timeout=None):
        #@line 720
                self._enter() # Block while the barrier drains.
        #@line 724
                if index + 1 == self._parties:
        #@line 726
                    self._release()
        #@line 729
                    self._wait(timeout)
        #@line 738
            def _enter(self):
        #@line 743
                if self._state < 0:
                    raise BrokenBarrierError
        #@line 749
            def _release(self):
        #@line 751
                if self._action:
                    self._action()
        #@line 762
            def _wait(self, timeout):
        #@line 764
                if not self._cond.wait_for(lambda : self._state != 0, timeout):
        #@line 767
                    raise BrokenBarrierError
                if self._state < 0:
                    raise BrokenBarrierError
        """;
    private static final Map<String, PyCode> CODES = new HashMap<>();

    static {
        collect(dev.interleave.lang.Compiler.compile(LibrarySource.expand(EXCERPT, "threading excerpt"),
                SourceFile.LIBRARY_DIR + "threading.py"));
    }

    private ThreadingPy() {}

    private static void collect(PyCode c) {
        CODES.put(c.qualname, c);
        for (PyObject o : c.consts) {
            if (o instanceof PyCode inner) {
                collect(inner);
            }
        }
    }

    /**
     * Adds the frame of threading.py's {@code qualname} at {@code line}, running {@code expr}
     * (the text CPython underlines), to the traceback of {@code e}; returns e. Called
     * innermost frame first, as the exception leaves each function.
     */
    static PyException frame(PyException e, String qualname, int line, String expr) {
        PyCode code = CODES.get(qualname);
        String text = code.source.line(line);
        int start = text.indexOf(expr);
        int end = start + expr.length();
        int instr = -1;
        int widest = -1;
        for (int i = 0; i * 4 < code.positions.length; i++) {
            int[] p = code.positions;
            if (p[i * 4] != line || p[i * 4 + 2] != line) {
                continue;
            }
            if (p[i * 4 + 1] == start && p[i * 4 + 3] == end) {
                instr = i;
                break;
            }
            if (p[i * 4 + 3] - p[i * 4 + 1] > widest) {
                widest = p[i * 4 + 3] - p[i * 4 + 1];
                instr = i;
            }
        }
        e.exc.traceback.add(new PyBaseException.TracebackEntry(code, instr, null,
                qualname.substring(qualname.lastIndexOf('.') + 1)));
        return e;
    }
}
