package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.machine.Trace;
import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * threading.Semaphore, BoundedSemaphore, Barrier and BrokenBarrierError ({@link SemaphoreObject},
 * {@link BarrierObject}): real programs with threads run through the engine. The expected
 * stdout, stderr and exit status of each were recorded from CPython 3.13.0 (paths as the engine
 * names them: the program is main.py, the library /usr/lib/python3.13/); each program runs under
 * two seeds, since none of them depends on the schedule.
 */
class SemaphoreBarrierTest {

    private static void check(String program, String stdout, String stderr, int status) {
        for (long seed : new long[] {0, 7}) {
            CapturedRun r = CapturedRun.of(program, RunOptions.defaults().withSeed(seed));
            assertEquals(stdout, r.stdout(), "stdout, seed " + seed);
            assertEquals(stderr, r.stderr(), "stderr, seed " + seed);
            assertEquals(status, r.result().exitStatus(), "exit status, seed " + seed);
        }
    }

    /** Semaphore(2) lets at most 2 of 5 workers in at once. */
    @Test
    void semaphoreLimitsConcurrency() {
        check("""
                import threading, time
                sem = threading.Semaphore(2)
                lock = threading.Lock()
                inside = 0
                peak = 0
                done = []
                def worker(i):
                    global inside, peak
                    with sem:
                        with lock:
                            inside += 1
                            peak = max(peak, inside)
                        time.sleep(0.01)
                        with lock:
                            inside -= 1
                            done.append(i)
                ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                print("peak", peak, "done", sorted(done), "value", sem._value)
                """,
                """
                peak 2 done [0, 1, 2, 3, 4] value 2
                """,
                "",
                0);
    }

    /** B.8 rule 2, one release wakes the longest waiter. */
    @Test
    void semaphoreWakesWaitersInFifoOrder() {
        check("""
                import threading, time
                sem = threading.Semaphore(0)
                order = []
                def worker(name):
                    sem.acquire()
                    order.append(name)
                ts = []
                for name in ["A", "B", "C", "D"]:
                    t = threading.Thread(target=worker, args=(name,))
                    t.start()
                    ts.append(t)
                    time.sleep(0.01)
                for _ in ts:
                    sem.release()
                    time.sleep(0.01)
                for t in ts:
                    t.join()
                print(order)
                """,
                """
                ['A', 'B', 'C', 'D']
                """,
                "",
                0);
    }

    /** B.8 rules 2 and 5, a woken waiter may find the value taken and queues again at the back. */
    @Test
    void wokenWaiterChecksTheValueAgain() {
        check("""
                import threading, time
                sem = threading.Semaphore(0)
                order = []
                def worker(name):
                    sem.acquire()
                    order.append(name)
                t1 = threading.Thread(target=worker, args=("T1",))
                t2 = threading.Thread(target=worker, args=("T2",))
                t1.start(); time.sleep(0.01)
                t2.start(); time.sleep(0.01)
                sem.release()
                print("main took it back:", sem.acquire(blocking=False))
                time.sleep(0.05)
                sem.release()
                time.sleep(0.05)
                sem.release()
                t1.join(); t2.join()
                print(order)
                """,
                """
                main took it back: True
                ['T2', 'T1']
                """,
                "",
                0);
    }

    /** B.8 rule 5, release(n) adds n and wakes up to n waiters. */
    @Test
    void releaseNWakesUpToNWaiters() {
        check("""
                import threading, time
                sem = threading.Semaphore(0)
                got = []
                def worker(name):
                    if sem.acquire(timeout=0.2):
                        got.append(name)
                    else:
                        got.append(name + " timed out")
                ts = [threading.Thread(target=worker, args=(n,)) for n in "ABC"]
                for t in ts:
                    t.start()
                    time.sleep(0.01)
                sem.release(2)
                for t in ts:
                    t.join()
                print(sorted(got), sem._value)
                sem.release(3)
                print(sem._value, sem.acquire(False), sem.acquire(timeout=0), sem._value)
                """,
                """
                ['A', 'B', 'C timed out'] 0
                3 True True 1
                """,
                "",
                0);
    }

    /** Acquire(timeout) gives False after the timeout, True when released in time. */
    @Test
    void timedAcquireReturnsFalseWhenTheTimeRunsOut() {
        check("""
                import threading, time
                sem = threading.Semaphore(0)
                t0 = time.monotonic()
                print(sem.acquire(timeout=0.05), time.monotonic() - t0 >= 0.05)
                def later():
                    time.sleep(0.02)
                    sem.release()
                threading.Thread(target=later).start()
                t0 = time.monotonic()
                ok = sem.acquire(timeout=1)
                print(ok, time.monotonic() - t0 < 0.5, sem._value)
                print(sem.acquire(False), sem.acquire(timeout=-5), sem.acquire(True, 0))
                """,
                """
                False True
                True True 0
                False False False
                """,
                "",
                0);
    }

    /** B.8 rule 5, over-release raises and leaves the value as it was. */
    @Test
    void boundedSemaphoreChecksBeforeChangingAnything() {
        check("""
                import threading
                b = threading.BoundedSemaphore(2)
                results = []
                def worker():
                    with b:
                        pass
                    try:
                        b.release()
                    except ValueError as e:
                        results.append(str(e))
                ts = [threading.Thread(target=worker) for _ in range(3)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(results, b._value)
                b.acquire()
                try:
                    b.release(2)
                except ValueError as e:
                    print(e, b._value)
                b.release()
                print(b._value, repr(b).split(": ")[1])
                s = threading.Semaphore(1)
                s.release(5)
                print(s._value, repr(s).split(": ")[1])
                """,
                """
                ['Semaphore released too many times', 'Semaphore released too many times', 'Semaphore released too many times'] 2
                Semaphore released too many times 1
                2 value=2/2>
                6 value=6>
                """,
                "",
                0);
    }

    /** Threading.py's arithmetic on any number, reprs, module and MRO. */
    @Test
    void semaphoreValueIsAPythonNumber() {
        check("""
                import threading
                s = threading.Semaphore(2.5)
                print(s.acquire(), s.acquire(), s.acquire(), s._value, s.acquire(False))
                s = threading.Semaphore(True)
                print(s._value, s.acquire(), s._value, s.acquire(False))
                s.release(2 ** 70)
                print(s._value)
                s = threading.Semaphore(0)
                s.release(1.5)
                print(s._value)
                b = threading.BoundedSemaphore(3)
                b.acquire(); b.acquire()
                b.release(2)
                print(b._value, b._initial_value)
                print(repr(threading.Semaphore(4)).split(": ")[1], repr(b).split(": ")[1])
                bar = threading.Barrier(4)
                print(repr(bar).split(": ")[1], bar.parties, bar.n_waiting, bar.broken)
                bar.abort()
                print(repr(bar).split(": ")[1], bar.broken)
                print(repr(threading.Semaphore(1))[:24], repr(bar)[:22])
                e = threading.BrokenBarrierError()
                print(repr(e), repr(str(e)), e.args, threading.BrokenBarrierError.__mro__)
                print(threading.Semaphore.__module__, threading.BoundedSemaphore.__mro__)
                with threading.Semaphore(1) as v:
                    print("entered", v)
                """,
                """
                True True True -0.5 True
                True True 0 False
                1180591620717411303424
                1.5
                3 3
                value=4> value=3/3>
                waiters=0/4> 4 0 False
                broken> True
                <threading.Semaphore at  <threading.Barrier at\s
                BrokenBarrierError() '' () (<class 'threading.BrokenBarrierError'>, <class 'RuntimeError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
                threading (<class 'threading.BoundedSemaphore'>, <class 'threading.Semaphore'>, <class 'object'>)
                entered True
                """,
                "",
                0);
    }

    /** CPython's messages for bad values and arguments. */
    @Test
    void argumentErrorsAndMessages() {
        check("""
                import threading
                def t(f):
                    try:
                        print(f())
                    except Exception as e:
                        print(type(e).__name__ + ":", e)
                s = threading.Semaphore(2)
                t(lambda: threading.Semaphore(-1))
                t(lambda: threading.Semaphore("a"))
                t(lambda: s.release(0))
                t(lambda: s.release(-3))
                t(lambda: s.acquire(False, 1))
                t(lambda: s.acquire(blocking=False, timeout=0))
                t(lambda: s.acquire(1, 2, 3))
                t(lambda: s.acquire(x=1))
                t(lambda: s.acquire(1, blocking=2))
                t(lambda: threading.Semaphore(1, 2))
                t(lambda: threading.BoundedSemaphore(1, 2))
                t(lambda: threading.Semaphore(0).acquire(timeout="x"))
                t(lambda: threading.Semaphore(1).acquire(timeout="x"))
                t(lambda: threading.Semaphore(0).acquire(timeout=1e10))
                t(lambda: threading.BoundedSemaphore(1).release())
                t(lambda: s._initial_value)
                t(lambda: threading.Barrier(0))
                t(lambda: threading.Barrier(-2))
                t(lambda: threading.Barrier())
                t(lambda: threading.Barrier(1, 2, 3, 4))
                t(lambda: threading.Barrier(2).reset(1))
                t(lambda: threading.Barrier(2).wait(1, 2))
                t(lambda: threading.Barrier(2, timeout="x").wait())
                t(lambda: threading.Barrier(2).wait(timeout=-1))
                t(lambda: threading.Barrier(1).wait(timeout=-1))
                t(lambda: threading.Barrier(parties=3, action=None, timeout=2).parties)
                t(lambda: threading.Semaphore(value=3)._value)
                t(lambda: threading.Semaphore()._value)
                t(lambda: threading.BoundedSemaphore()._initial_value)
                """,
                """
                ValueError: semaphore initial value must be >= 0
                TypeError: '<' not supported between instances of 'str' and 'int'
                ValueError: n must be one or more
                ValueError: n must be one or more
                ValueError: can't specify timeout for non-blocking acquire
                ValueError: can't specify timeout for non-blocking acquire
                TypeError: Semaphore.acquire() takes from 1 to 3 positional arguments but 4 were given
                TypeError: Semaphore.acquire() got an unexpected keyword argument 'x'
                TypeError: Semaphore.acquire() got multiple values for argument 'blocking'
                TypeError: Semaphore.__init__() takes from 1 to 2 positional arguments but 3 were given
                TypeError: BoundedSemaphore.__init__() takes from 1 to 2 positional arguments but 3 were given
                TypeError: unsupported operand type(s) for +: 'float' and 'str'
                True
                OverflowError: timestamp out of range for platform time_t
                ValueError: Semaphore released too many times
                AttributeError: 'Semaphore' object has no attribute '_initial_value'
                ValueError: parties must be > 0
                ValueError: parties must be > 0
                TypeError: Barrier.__init__() missing 1 required positional argument: 'parties'
                TypeError: Barrier.__init__() takes from 2 to 4 positional arguments but 5 were given
                TypeError: Barrier.reset() takes 1 positional argument but 2 were given
                TypeError: Barrier.wait() takes from 1 to 2 positional arguments but 3 were given
                TypeError: unsupported operand type(s) for +: 'float' and 'str'
                BrokenBarrierError:\s
                0
                3
                3
                1
                1
                """,
                "",
                0);
    }

    /** Subclasses with their own __init__, overrides and attributes. */
    @Test
    void subclassesCallSuperInit() {
        check("""
                import threading
                class Pool(threading.BoundedSemaphore):
                    def __init__(self, n):
                        super().__init__(n)
                        self.label = "pool"
                    def release(self, n=1):
                        print("releasing", n)
                        super().release(n)
                p = Pool(2)
                with p:
                    print(p.label, p._value, isinstance(p, threading.Semaphore))
                print(p._value)
                try:
                    p.release()
                except ValueError as e:
                    print(e)
                class Gate(threading.Barrier):
                    def __init__(self):
                        super().__init__(2, action=lambda: print("gate opens"))
                g = Gate()
                out = []
                t = threading.Thread(target=lambda: out.append(g.wait()))
                t.start()
                out.append(g.wait())
                t.join()
                print(sorted(out), g.parties, type(g).__name__)
                class NoInit(threading.Semaphore):
                    def __init__(self):
                        pass
                try:
                    NoInit().acquire()
                except AttributeError as e:
                    print(e)
                class MyError(threading.BrokenBarrierError):
                    pass
                print(issubclass(MyError, RuntimeError), repr(MyError("x")))
                """,
                """
                pool 1 True
                releasing 1
                2
                releasing 1
                Semaphore released too many times
                gate opens
                [0, 1] 2 Gate
                'NoInit' object has no attribute '_cond'
                True MyError('x')
                """,
                "",
                0);
    }

    /** B.8 rule 4, indexes 0..parties-1 in arrival order. */
    @Test
    void barrierIndexIsTheArrivalOrder() {
        check("""
                import threading, time
                b = threading.Barrier(3)
                res = {}
                def w(name, delay):
                    time.sleep(delay)
                    res[name] = b.wait()
                ts = [threading.Thread(target=w, args=(n, d)) for n, d in [("slow", 0.03), ("fast", 0.0), ("mid", 0.01)]]
                for t in ts: t.start()
                for t in ts: t.join()
                print(sorted(res.items()), b.n_waiting, b.broken, b.parties)
                """,
                """
                [('fast', 0), ('mid', 1), ('slow', 2)] 0 False 3
                """,
                "",
                0);
    }

    /** B.8 rule 4, the action runs once, in the last thread to arrive, before anyone leaves. */
    @Test
    void lastArrivalRunsTheAction() {
        check("""
                import threading, time
                def act():
                    print("action in", threading.current_thread().name, "n_waiting", b.n_waiting)
                b = threading.Barrier(3, action=act)
                out = []
                def w(delay):
                    time.sleep(delay)
                    i = b.wait()
                    out.append((threading.current_thread().name, i))
                ts = [threading.Thread(target=w, args=(d,), name="T%d" % k) for k, d in enumerate([0.0, 0.01, 0.02])]
                for t in ts: t.start()
                for t in ts: t.join()
                print(sorted(out))
                """,
                """
                action in T2 n_waiting 3
                [('T0', 0), ('T1', 1), ('T2', 2)]
                """,
                "",
                0);
    }

    /** B.8 rule 4, the exception goes on in the last thread and the others get BrokenBarrierError. */
    @Test
    void actionExceptionBreaksTheBarrier() {
        check("""
                import threading, time
                def act():
                    1 / 0
                b = threading.Barrier(3, action=act)
                out = []
                def w(delay):
                    time.sleep(delay)
                    try:
                        b.wait()
                        out.append((threading.current_thread().name, "passed"))
                    except Exception as e:
                        out.append((threading.current_thread().name, type(e).__name__))
                ts = [threading.Thread(target=w, args=(d,), name="T%d" % k) for k, d in enumerate([0.0, 0.01, 0.02])]
                for t in ts: t.start()
                for t in ts: t.join()
                print(sorted(out), b.broken, b.n_waiting)
                try:
                    b.wait()
                except threading.BrokenBarrierError as e:
                    print("still broken:", repr(e))
                b.reset()
                print(b.broken)
                """,
                """
                [('T0', 'BrokenBarrierError'), ('T1', 'BrokenBarrierError'), ('T2', 'ZeroDivisionError')] True 0
                still broken: BrokenBarrierError()
                False
                """,
                "",
                0);
    }

    /** B.8 rule 4, a wait that times out breaks the barrier for everybody. */
    @Test
    void timeoutBreaksTheBarrier() {
        check("""
                import threading, time
                b = threading.Barrier(3)
                out = []
                def patient():
                    try:
                        b.wait()
                        out.append("patient passed")
                    except threading.BrokenBarrierError:
                        out.append("patient broken")
                t = threading.Thread(target=patient)
                t.start()
                time.sleep(0.01)
                print("waiting:", b.n_waiting)
                t0 = time.monotonic()
                try:
                    b.wait(timeout=0.05)
                except threading.BrokenBarrierError:
                    out.append("impatient broken")
                t.join()
                print(sorted(out), b.broken, b.n_waiting, time.monotonic() - t0 >= 0.05)
                d = threading.Barrier(2, timeout=0.01)
                try:
                    d.wait()
                except threading.BrokenBarrierError:
                    print("the constructor's timeout broke it:", d.broken)
                e = threading.Barrier(2, timeout=0.01)
                t = threading.Thread(target=lambda: out.append(e.wait(timeout=1)))
                t.start()
                print("an explicit timeout wins:", e.wait(timeout=1) in (0, 1))
                t.join()
                """,
                """
                waiting: 1
                ['impatient broken', 'patient broken'] True 0 True
                the constructor's timeout broke it: True
                an explicit timeout wins: True
                """,
                "",
                0);
    }

    /** The action holds the lock, so a waiter timing out meanwhile finds the barrier released. */
    @Test
    void waitTimingOutDuringTheActionStillPasses() {
        check("""
                import threading, time
                def act():
                    time.sleep(0.1)
                b = threading.Barrier(3, action=act)
                out = []
                def w(delay, timeout):
                    time.sleep(delay)
                    try:
                        out.append((threading.current_thread().name, b.wait(timeout)))
                    except threading.BrokenBarrierError:
                        out.append((threading.current_thread().name, "broken"))
                ts = [threading.Thread(target=w, args=(d, to), name="T%d" % k)
                      for k, (d, to) in enumerate([(0.0, 0.05), (0.01, None), (0.02, None)])]
                for t in ts: t.start()
                for t in ts: t.join()
                print(sorted(out), b.broken)
                """,
                """
                [('T0', 0), ('T1', 1), ('T2', 2)] False
                """,
                "",
                0);
    }

    /** B.8 rule 4, a thread arriving during the action waits for the next generation. */
    @Test
    void newArrivalsWaitWhileTheBarrierDrains() {
        check("""
                import threading, time
                log = []
                def act():
                    log.append("action")
                    time.sleep(0.1)
                b = threading.Barrier(2, action=act)
                res = {}
                def w(name, delay):
                    time.sleep(delay)
                    res[name] = b.wait()
                    log.append(name)
                ts = [threading.Thread(target=w, args=a) for a in [("A", 0.0), ("B", 0.01), ("C", 0.05), ("D", 0.3)]]
                for t in ts: t.start()
                time.sleep(0.2)
                print("n_waiting during next fill:", b.n_waiting)
                for t in ts: t.join()
                print(sorted(res.items()))
                print(log[0], sorted(log[1:3]), sorted(log[3:]))
                """,
                """
                n_waiting during next fill: 1
                [('A', 0), ('B', 1), ('C', 0), ('D', 1)]
                action ['A', 'B'] ['C', 'D', 'action']
                """,
                "",
                0);
    }

    /** Four generations, each index set complete, the action once per trip. */
    @Test
    void barrierIsCyclic() {
        check("""
                import threading
                gen = []
                b = threading.Barrier(3, action=lambda: gen.append(len(gen)))
                res = []
                lock = threading.Lock()
                def w(name):
                    for r in range(4):
                        i = b.wait()
                        with lock:
                            res.append((r, i))
                ts = [threading.Thread(target=w, args=(n,)) for n in "XYZ"]
                for t in ts: t.start()
                for t in ts: t.join()
                print(gen)
                for r in range(4):
                    print(r, sorted(i for rr, i in res if rr == r))
                """,
                """
                [0, 1, 2, 3]
                0 [0, 1, 2]
                1 [0, 1, 2]
                2 [0, 1, 2]
                3 [0, 1, 2]
                """,
                "",
                0);
    }

    /** B.8 rule 4, reset() gives current waiters BrokenBarrierError, then the barrier works again. */
    @Test
    void resetRaisesInWaitersAndRearms() {
        check("""
                import threading, time
                b = threading.Barrier(3)
                out = []
                def w():
                    try:
                        out.append(b.wait())
                    except threading.BrokenBarrierError:
                        out.append("broken")
                ts = [threading.Thread(target=w) for _ in range(2)]
                for t in ts: t.start()
                time.sleep(0.05)
                print("waiting:", b.n_waiting)
                b.reset()
                for t in ts: t.join()
                print(out, b.broken, b.n_waiting)
                out.clear()
                ts = [threading.Thread(target=w) for _ in range(3)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(sorted(out), b.broken)
                """,
                """
                waiting: 2
                ['broken', 'broken'] False 0
                [0, 1, 2] False
                """,
                "",
                0);
    }

    /** B.8 rule 4, abort() breaks the barrier until reset(). */
    @Test
    void abortBreaksUntilReset() {
        check("""
                import threading, time
                b = threading.Barrier(3)
                out = []
                def w():
                    try:
                        out.append(b.wait())
                    except threading.BrokenBarrierError:
                        out.append("broken")
                ts = [threading.Thread(target=w) for _ in range(2)]
                for t in ts: t.start()
                time.sleep(0.05)
                b.abort()
                for t in ts: t.join()
                print(out, b.broken, b.n_waiting, repr(b).split(": ")[1])
                try:
                    b.wait()
                except threading.BrokenBarrierError:
                    print("wait after abort: BrokenBarrierError")
                b.reset()
                print(b.broken, repr(b).split(": ")[1])
                """,
                """
                ['broken', 'broken'] True 0 broken>
                wait after abort: BrokenBarrierError
                False waiters=0/3>
                """,
                "",
                0);
    }

    /** An exception leaving these natives prints threading.py's frames, as CPython does. */
    @Test
    void tracebacksShowThreadingPyFrames() {
        check("""
                import threading, time
                def run(f, name):
                    t = threading.Thread(target=f, name=name)
                    t.start()
                    t.join()
                run(lambda: threading.Semaphore(-1), "a")
                run(lambda: threading.BoundedSemaphore(-1), "b")
                run(lambda: threading.Semaphore("a"), "c")
                run(lambda: threading.Semaphore(0).acquire(False, 1), "d")
                run(lambda: threading.Semaphore(0).acquire(timeout="x"), "e")
                run(lambda: threading.Semaphore(0).release(0), "f")
                run(lambda: threading.Semaphore(0).release("a"), "g")
                run(lambda: threading.BoundedSemaphore(1).release(), "h")
                run(lambda: threading.BoundedSemaphore(1).release(0), "i")
                run(lambda: threading.Barrier(0), "k")
                run(lambda: threading.Barrier("x"), "l")
                run(lambda: threading.Barrier(2).wait(0.01), "m")
                run(lambda: threading.Barrier(2, timeout="x").wait(), "n")
                def w3():
                    b = threading.Barrier(1, action=lambda: 1/0)
                    b.wait()
                run(w3, "o")
                def w4():
                    b = threading.Barrier(1)
                    b.abort()
                    b.wait()
                run(w4, "p")
                def w5():
                    b = threading.Barrier(2)
                    t = threading.Timer(0.02, b.abort)
                    t.start()
                    b.wait()
                run(w5, "q")
                class P(threading.BoundedSemaphore):
                    def __init__(self):
                        super().__init__(-5)
                run(P, "r")
                """,
                "",
                """
                Exception in thread a:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 6, in <lambda>
                    run(lambda: threading.Semaphore(-1), "a")
                                ~~~~~~~~~~~~~~~~~~~^^^^
                  File "/usr/lib/python3.13/threading.py", line 463, in __init__
                    raise ValueError("semaphore initial value must be >= 0")
                ValueError: semaphore initial value must be >= 0
                Exception in thread b:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 7, in <lambda>
                    run(lambda: threading.BoundedSemaphore(-1), "b")
                                ~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^
                  File "/usr/lib/python3.13/threading.py", line 554, in __init__
                    super().__init__(value)
                    ~~~~~~~~~~~~~~~~^^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 463, in __init__
                    raise ValueError("semaphore initial value must be >= 0")
                ValueError: semaphore initial value must be >= 0
                Exception in thread c:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 8, in <lambda>
                    run(lambda: threading.Semaphore("a"), "c")
                                ~~~~~~~~~~~~~~~~~~~^^^^^
                  File "/usr/lib/python3.13/threading.py", line 462, in __init__
                    if value < 0:
                       ^^^^^^^^^
                TypeError: '<' not supported between instances of 'str' and 'int'
                Exception in thread d:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 9, in <lambda>
                    run(lambda: threading.Semaphore(0).acquire(False, 1), "d")
                                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 497, in acquire
                    raise ValueError("can't specify timeout for non-blocking acquire")
                ValueError: can't specify timeout for non-blocking acquire
                Exception in thread e:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 10, in <lambda>
                    run(lambda: threading.Semaphore(0).acquire(timeout="x"), "e")
                                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^^^^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 506, in acquire
                    endtime = _time() + timeout
                              ~~~~~~~~^~~~~~~~~
                TypeError: unsupported operand type(s) for +: 'float' and 'str'
                Exception in thread f:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 11, in <lambda>
                    run(lambda: threading.Semaphore(0).release(0), "f")
                                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^
                  File "/usr/lib/python3.13/threading.py", line 527, in release
                    raise ValueError('n must be one or more')
                ValueError: n must be one or more
                Exception in thread g:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 12, in <lambda>
                    run(lambda: threading.Semaphore(0).release("a"), "g")
                                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^
                  File "/usr/lib/python3.13/threading.py", line 526, in release
                    if n < 1:
                       ^^^^^
                TypeError: '<' not supported between instances of 'str' and 'int'
                Exception in thread h:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 13, in <lambda>
                    run(lambda: threading.BoundedSemaphore(1).release(), "h")
                                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 576, in release
                    raise ValueError("Semaphore released too many times")
                ValueError: Semaphore released too many times
                Exception in thread i:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 14, in <lambda>
                    run(lambda: threading.BoundedSemaphore(1).release(0), "i")
                                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^
                  File "/usr/lib/python3.13/threading.py", line 573, in release
                    raise ValueError('n must be one or more')
                ValueError: n must be one or more
                Exception in thread k:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 15, in <lambda>
                    run(lambda: threading.Barrier(0), "k")
                                ~~~~~~~~~~~~~~~~~^^^
                  File "/usr/lib/python3.13/threading.py", line 693, in __init__
                    raise ValueError("parties must be > 0")
                ValueError: parties must be > 0
                Exception in thread l:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 16, in <lambda>
                    run(lambda: threading.Barrier("x"), "l")
                                ~~~~~~~~~~~~~~~~~^^^^^
                  File "/usr/lib/python3.13/threading.py", line 692, in __init__
                    if parties < 1:
                       ^^^^^^^^^^^
                TypeError: '<' not supported between instances of 'str' and 'int'
                Exception in thread m:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 17, in <lambda>
                    run(lambda: threading.Barrier(2).wait(0.01), "m")
                                ~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 729, in wait
                    self._wait(timeout)
                    ~~~~~~~~~~^^^^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 767, in _wait
                    raise BrokenBarrierError
                threading.BrokenBarrierError
                Exception in thread n:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 18, in <lambda>
                    run(lambda: threading.Barrier(2, timeout="x").wait(), "n")
                                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 729, in wait
                    self._wait(timeout)
                    ~~~~~~~~~~^^^^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 764, in _wait
                    if not self._cond.wait_for(lambda : self._state != 0, timeout):
                           ~~~~~~~~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 389, in wait_for
                    endtime = _time() + waittime
                              ~~~~~~~~^~~~~~~~~~
                TypeError: unsupported operand type(s) for +: 'float' and 'str'
                Exception in thread o:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 21, in w3
                    b.wait()
                    ~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 726, in wait
                    self._release()
                    ~~~~~~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 752, in _release
                    self._action()
                    ~~~~~~~~~~~~^^
                  File "main.py", line 20, in <lambda>
                    b = threading.Barrier(1, action=lambda: 1/0)
                                                            ~^~
                ZeroDivisionError: division by zero
                Exception in thread p:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 26, in w4
                    b.wait()
                    ~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 720, in wait
                    self._enter() # Block while the barrier drains.
                    ~~~~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 744, in _enter
                    raise BrokenBarrierError
                threading.BrokenBarrierError
                Exception in thread q:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 32, in w5
                    b.wait()
                    ~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 729, in wait
                    self._wait(timeout)
                    ~~~~~~~~~~^^^^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 769, in _wait
                    raise BrokenBarrierError
                threading.BrokenBarrierError
                Exception in thread r:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 36, in __init__
                    super().__init__(-5)
                    ~~~~~~~~~~~~~~~~^^^^
                  File "/usr/lib/python3.13/threading.py", line 554, in __init__
                    super().__init__(value)
                    ~~~~~~~~~~~~~~~~^^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 463, in __init__
                    raise ValueError("semaphore initial value must be >= 0")
                ValueError: semaphore initial value must be >= 0
                """,
                0);
    }

    /** Printed as threading.BrokenBarrierError, in a thread and in the main thread. */
    @Test
    void uncaughtBrokenBarrierError() {
        check("""
                import threading
                b = threading.Barrier(2, timeout=0.01)
                def w():
                    b.wait()
                t = threading.Thread(target=w, name="W")
                t.start()
                t.join()
                print("broken:", b.broken)
                b.wait()
                """,
                """
                broken: True
                """,
                """
                Exception in thread W:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "main.py", line 4, in w
                    b.wait()
                    ~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 729, in wait
                    self._wait(timeout)
                    ~~~~~~~~~~^^^^^^^^^
                  File "/usr/lib/python3.13/threading.py", line 767, in _wait
                    raise BrokenBarrierError
                threading.BrokenBarrierError
                Traceback (most recent call last):
                  File "main.py", line 9, in <module>
                    b.wait()
                    ~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 720, in wait
                    self._enter() # Block while the barrier drains.
                    ~~~~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 744, in _enter
                    raise BrokenBarrierError
                threading.BrokenBarrierError
                """,
                1);
    }

    /** The trace names each object after its variable and records its state changes. */
    @Test
    void traceEvents() {
        CapturedRun r = CapturedRun.of("""
                import threading, time
                sem = threading.Semaphore(0)
                pool = threading.BoundedSemaphore(2)
                b = threading.Barrier(2)
                def w():
                    sem.acquire()
                    b.wait()
                t = threading.Thread(target=w)
                t.start()
                time.sleep(0.01)
                sem.release()
                b.wait()
                t.join()
                try:
                    b.wait(timeout=0.01)
                except threading.BrokenBarrierError:
                    pass
                b.reset()
                b.abort()
                """, RunOptions.defaults().withKeepTrace(true));
        assertEquals(0, r.result().exitStatus(), r.stderr());
        Trace trace = r.result().trace();
        TraceEntity sem = entity(trace, "sem");
        assertEquals("semaphore", sem.kind());
        assertArrayEquals(new Object[] {"initial", 0L}, sem.facts());
        TraceEntity pool = entity(trace, "pool");
        assertEquals("bounded-semaphore", pool.kind());
        assertArrayEquals(new Object[] {"initial", 2L}, pool.facts());
        TraceEntity b = entity(trace, "b");
        assertEquals("barrier", b.kind());
        assertArrayEquals(new Object[] {"parties", 2L}, b.facts());
        int worker = entity(trace, "Thread-1 (w)").id();

        List<TraceEvent> release = events(trace, "semaphore.release");
        assertEquals(1, release.size());
        assertEquals(List.of(worker), release.get(0).detail("woke"));
        assertEquals(1L, release.get(0).detail("value"));
        List<TraceEvent> acquire = events(trace, "semaphore.acquire");
        assertEquals(1, acquire.size());
        assertEquals(worker, acquire.get(0).actor());
        assertEquals(0L, acquire.get(0).detail("value"));

        List<TraceEvent> waits = events(trace, "barrier.wait");
        assertEquals(3, waits.size());
        assertEquals(List.of(1, 2, 1), waits.stream().map(e -> e.detail("count")).toList());
        assertEquals(List.of(0, 0, 1), waits.stream().map(e -> e.detail("generation")).toList());
        assertEquals(2L, waits.get(0).detail("parties"));
        List<TraceEvent> trips = events(trace, "barrier.trip");
        assertEquals(1, trips.size());
        assertEquals(0, trips.get(0).detail("generation"));
        List<TraceEvent> broken = events(trace, "barrier.broken");
        assertEquals(1, broken.size());
        assertEquals("timeout", broken.get(0).detail("cause"));
        assertEquals(1, events(trace, "barrier.reset").size());
        assertEquals(1, events(trace, "barrier.abort").size());
    }

    /** A barrier short of a party deadlocks; the report names the barrier and the semaphore waited on. */
    @Test
    void deadlockReportNamesTheObjects() {
        RunResult r = CapturedRun.of("""
                import threading
                b = threading.Barrier(3)
                t = threading.Thread(target=b.wait)
                t.start()
                b.wait()
                """).result();
        assertEquals(RunResult.Ending.DEADLOCK, r.ending());
        assertTrue(r.message().contains("MainThread (line 5) waits for Barrier b"), r.message());
        r = CapturedRun.of("""
                import threading
                pool = threading.BoundedSemaphore(1)
                pool.acquire()
                pool.acquire()
                """).result();
        assertEquals(RunResult.Ending.DEADLOCK, r.ending());
        assertTrue(r.message().contains("MainThread (line 4) waits for BoundedSemaphore pool"), r.message());
    }

    /** The repr of a subclass instance is threading.py's, with the subclass's name. */
    @Test
    void subclassRepr() {
        check("""
                import threading
                class Pool(threading.BoundedSemaphore):
                    pass
                class Gate(threading.Barrier):
                    pass
                print(repr(Pool(2)).split(" at ")[0], repr(Pool(2)).split(": ")[1])
                print(repr(Gate(3)).split(" at ")[0], repr(Gate(3)).split(": ")[1])
                """,
                """
                <__main__.Pool value=2/2>
                <__main__.Gate waiters=0/3>
                """,
                "",
                0);
    }

    private static TraceEntity entity(Trace trace, String name) {
        return trace.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<TraceEvent> events(Trace trace, String kind) {
        return trace.events().stream().filter(e -> e.kind().equals(kind)).toList();
    }
}
