package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.engine.CapturedRun;
import org.junit.jupiter.api.Test;

/** The rules of PYTHON_API.md B.8 for threading, each checked against what CPython 3.13 printed. */
class ThreadingRulesTest {

    @Test
    void conditionOverAnRLockReleasesEveryLevelAndRestoresTheDepth() {
        CapturedRun r = CapturedRun.of("r1.py", """
                import threading
                # B.8.1: Condition over an RLock releases every level while waiting and restores the depth
                lock = threading.RLock()
                cond = threading.Condition(lock)
                seen = []
                def other():
                    with cond:
                        seen.append(lock._is_owned())
                        cond.notify()
                lock.acquire(); lock.acquire(); lock.acquire()
                t = threading.Thread(target=other)
                with cond:
                    t.start()
                    cond.wait()
                    print("depth after wait:", lock._recursion_count())
                lock.release(); lock.release(); lock.release()
                t.join()
                print("other could take it:", seen)
                try:
                    lock.release()
                except RuntimeError as e:
                    print("released", e)
                """, dev.interleave.engine.RunOptions.defaults());
        assertEquals("""
                depth after wait: 4
                other could take it: [True]
                released cannot release un-acquired lock
                """, r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void waitersWakeInFifoOrder() {
        CapturedRun r = CapturedRun.of("r2.py", """
                import threading
                # B.8.2: waiters wake in FIFO order
                cond = threading.Condition()
                progress = threading.Condition()
                order = []
                waiting = 0
                def waiter(i):
                    global waiting
                    with cond:
                        with progress:
                            waiting += 1
                            progress.notify_all()
                        cond.wait()
                        with progress:
                            order.append(i)
                            progress.notify_all()
                ts = []
                for i in range(5):
                    t = threading.Thread(target=waiter, args=(i,))
                    t.start()
                    with progress:
                        progress.wait_for(lambda: waiting == i + 1)
                    ts.append(t)
                for k in range(5):
                    with cond:
                        cond.notify()
                    with progress:
                        progress.wait_for(lambda: len(order) == k + 1)
                for t in ts:
                    t.join()
                print(order)
                """, dev.interleave.engine.RunOptions.defaults());
        assertEquals("""
                [0, 1, 2, 3, 4]
                """, r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void notifyDoesNotHandOverTheLock() {
        CapturedRun r = CapturedRun.of("r3.py", """
                import threading
                # B.8.3: notify does not hand over the lock
                cond = threading.Condition()
                log = []
                ready = threading.Event()
                def waiter():
                    with cond:
                        ready.set()
                        cond.wait()
                        log.append("waiter has the lock")
                t = threading.Thread(target=waiter)
                t.start()
                ready.wait()
                with cond:
                    cond.notify()
                    for i in range(3):
                        log.append("notifier still holds it %d" % i)
                t.join()
                print(log)
                """, dev.interleave.engine.RunOptions.defaults());
        assertEquals("""
                ['notifier still holds it 0', 'notifier still holds it 1', 'notifier still holds it 2', 'waiter has the lock']
                """, r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void eventSetWakesAllAndWaitReturnsTheFlag() {
        CapturedRun r = CapturedRun.of("r7.py", """
                import threading
                # B.8.7: set wakes all waiters; wait returns the flag, False only on timeout
                e = threading.Event()
                results = []
                lock = threading.Lock()
                def w(i):
                    r = e.wait()
                    with lock:
                        results.append((i, r))
                ts = [threading.Thread(target=w, args=(i,)) for i in range(4)]
                for t in ts: t.start()
                print(e.wait(0.01))
                e.set()
                for t in ts: t.join()
                print(sorted(results), e.wait(), e.wait(0))
                """, dev.interleave.engine.RunOptions.defaults());
        assertEquals("""
                False
                [(0, True), (1, True), (2, True), (3, True)] True True
                """, r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void joinReturnsNoneAndAThreadsExceptionIsPrintedWhileOthersGoOn() {
        CapturedRun r = CapturedRun.of("r8.py", """
                import threading
                # B.8.8: join(timeout) returns None; an exception in a thread is printed and others go on
                stop = threading.Event()
                t = threading.Thread(target=stop.wait, name="sleeper")
                t.start()
                print(t.join(0.01), t.is_alive())
                stop.set()
                t.join()
                print(t.is_alive())
                def boom():
                    raise KeyError("k")
                b = threading.Thread(target=boom, name="boom")
                b.start(); b.join()
                print("main goes on")
                """, dev.interleave.engine.RunOptions.defaults());
        assertEquals("""
                None True
                False
                main goes on
                """, r.stdout());
        assertEquals("""
                Exception in thread boom:
                Traceback (most recent call last):
                  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner
                    self.run()
                    ~~~~~~~~^^
                  File "/usr/lib/python3.13/threading.py", line 992, in run
                    self._target(*self._args, **self._kwargs)
                    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  File "r8.py", line 11, in boom
                    raise KeyError("k")
                KeyError: 'k'
                """, r.stderr());
    }

    @Test
    void lockTimeoutsTooLargeForNanosecondsOverflowAsInCpython() {
        CapturedRun r = CapturedRun.of("big.py", """
                import threading
                l = threading.Lock()
                for t in (1e300, 10**30, 9223372037.0, 1e10):
                    try:
                        print(l.acquire(timeout=t)); l.release()
                    except Exception as e:
                        print(type(e).__name__, e)
                print(l.acquire(timeout=5), threading.TIMEOUT_MAX)
                """, dev.interleave.engine.RunOptions.defaults());
        assertEquals("""
                OverflowError timestamp out of range for platform time_t
                OverflowError timestamp too large to convert to C PyTime_t
                OverflowError timestamp out of range for platform time_t
                OverflowError timestamp out of range for platform time_t
                True 9223372036.0
                """, r.stdout());
    }
}
