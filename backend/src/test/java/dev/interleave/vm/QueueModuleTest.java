package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.RunResult;
import dev.interleave.machine.Trace;
import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The queue module: Queue, LifoQueue, PriorityQueue, SimpleQueue and their exceptions, alone and
 * between threads, and what they write in the trace. Each program runs through the engine; the
 * expected output was recorded from CPython 3.13 (virtual time stands in for the clock).
 */
class QueueModuleTest {

    /** Runs {@code source} and checks it printed {@code expected} and exited normally. */
    private static void prints(String expected, String source) {
        CapturedRun r = CapturedRun.of(source);
        assertEquals(expected, r.output());
        assertEquals(0, r.result().exitStatus());
    }

    /**
     * Queue is FIFO, LifoQueue a stack, PriorityQueue smallest first (tuples by their first item, then the
     * second).
     */
    @Test
    void fifoLifoPriorityAndSimpleOrder() {
        prints("""
                Queue [3, 1, 2, 5, 4, 1]
                LifoQueue [1, 4, 5, 2, 1, 3]
                PriorityQueue [1, 1, 2, 3, 4, 5]
                SimpleQueue [3, 1, 2, 5, 4, 1]
                [(1, 'call'), (1, 'fix'), (2, 'write'), (3, 'lunch')]
                """, """
                import queue
                for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
                    q = cls()
                    for x in (3, 1, 2, 5, 4, 1):
                        q.put(x)
                    print(cls.__name__, [q.get() for _ in range(q.qsize())])
                jobs = queue.PriorityQueue()
                for job in ((2, "write"), (1, "fix"), (3, "lunch"), (1, "call")):
                    jobs.put(job)
                print([jobs.get() for _ in range(4)])
                """);
    }

    /**
     * block=False ignores the timeout; a timeout raises only when still full or empty at the deadline (virtual
     * time); a negative timeout raises ValueError only where queue.py checks it.
     */
    @Test
    void nonBlockingCallsAndTimeoutsRaiseFullAndEmpty() {
        prints("""
                2 False True
                Full Full() ()
                Full Full() ()
                Full Full() ()
                Full Full() ()
                a b True
                Empty Empty() True
                Empty Empty() True
                Empty Empty() True
                Empty Empty() True
                waited 0.25
                ValueError 'timeout' must be a non-negative number
                ValueError 'timeout' must be a non-negative number
                TypeError '<' not supported between instances of 'str' and 'int'
                2 False
                """, """
                import queue, time
                q = queue.Queue(2)
                q.put_nowait("a")
                q.put("b", block=False)
                print(q.qsize(), q.empty(), q.full())
                for call in (lambda: q.put_nowait("c"), lambda: q.put("c", False, 5), lambda: q.put("c", timeout=0),
                             lambda: q.put("c", block=False, timeout=-1)):
                    try:
                        call()
                    except queue.Full as e:
                        print("Full", repr(e), e.args)
                print(q.get_nowait(), q.get(False), q.empty())
                start = time.monotonic()
                for call in (q.get_nowait, lambda: q.get(False, -1), lambda: q.get(timeout=0),
                             lambda: q.get(timeout=0.25)):
                    try:
                        call()
                    except queue.Empty as e:
                        print("Empty", repr(e), str(e) == "")
                print("waited", round(time.monotonic() - start, 2))
                for call in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5), lambda: q.get(timeout="1")):
                    try:
                        call()
                    except (ValueError, TypeError) as e:
                        print(type(e).__name__, e)
                u = queue.Queue()
                u.put("x", timeout=-1)
                u.put("y", timeout="ignored")
                print(u.qsize(), u.full())
                """);
    }

    @Test
    void taskDoneCountsPutsAndJoinWaitsForThem() {
        prints("""
                ValueError('task_done() called too many times')
                2 1 2
                0 1
                join returned
                task_done() called too many times
                """, """
                import queue
                q = queue.Queue()
                try:
                    q.task_done()
                except ValueError as e:
                    print(repr(e))
                q.put(1); q.put(2)
                print(q.unfinished_tasks, q.get(), q.unfinished_tasks)
                q.task_done(); q.task_done()
                print(q.unfinished_tasks, q.qsize())
                q.join()
                print("join returned")
                try:
                    q.task_done()
                except ValueError as e:
                    print(e)
                """);
    }

    /**
     * After shutdown(), get() drains what is left, then raises ShutDown; immediate=True discards the items and
     * their tasks.
     */
    @Test
    void shutdownDrainsGetsAndRefusesPuts() {
        prints("""
                True True
                put ShutDown ShutDown()
                put ShutDown ShutDown()
                put ShutDown ShutDown()
                [0, 1, 2]
                get ShutDown
                get ShutDown
                get ShutDown
                3
                0 1 []
                immediate: get ShutDown
                joined 0
                """, """
                import queue
                q = queue.Queue(3)
                for i in range(3):
                    q.put(i)
                q.shutdown()
                print(q.is_shutdown, q.full())
                for call in (lambda: q.put(9), lambda: q.put_nowait(9), lambda: q.put(9, timeout=1)):
                    try:
                        call()
                    except queue.ShutDown as e:
                        print("put ShutDown", repr(e))
                print([q.get() for _ in range(3)])
                for call in (q.get, q.get_nowait, lambda: q.get(timeout=1)):
                    try:
                        call()
                    except queue.ShutDown:
                        print("get ShutDown")
                print(q.unfinished_tasks)
                p = queue.PriorityQueue()
                for x in (5, 2, 7):
                    p.put(x)
                p.get()
                p.shutdown(immediate=True)
                print(p.qsize(), p.unfinished_tasks, p.queue)
                try:
                    p.get(False)
                except queue.ShutDown:
                    print("immediate: get ShutDown")
                p.task_done()
                p.join()
                print("joined", p.unfinished_tasks)
                p.shutdown()
                """);
    }

    /**
     * Queue's methods are Python functions in CPython and SimpleQueue's are C: their messages differ.
     */
    @Test
    void argumentErrorsHaveCPythonsMessages() {
        prints("""
                TypeError: Queue.put() missing 1 required positional argument: 'item'
                TypeError: Queue.put() takes from 2 to 4 positional arguments but 5 were given
                TypeError: Queue.put() got multiple values for argument 'item'
                TypeError: Queue.put() got an unexpected keyword argument 'x'
                TypeError: Queue.get() takes from 1 to 3 positional arguments but 4 were given
                TypeError: Queue.put_nowait() missing 1 required positional argument: 'item'
                TypeError: Queue.get_nowait() takes 1 positional argument but 2 were given
                TypeError: Queue.qsize() takes 1 positional argument but 2 were given
                TypeError: Queue.join() takes 1 positional argument but 2 were given
                TypeError: Queue.shutdown() takes from 1 to 2 positional arguments but 3 were given
                TypeError: Queue.__init__() takes from 1 to 2 positional arguments but 3 were given
                TypeError: Queue.__init__() got an unexpected keyword argument 'x'
                TypeError: '>' not supported between instances of 'NoneType' and 'int'
                TypeError: SimpleQueue() takes no positional arguments
                TypeError: SimpleQueue() takes no keyword arguments
                TypeError: put() missing required argument 'item' (pos 1)
                TypeError: get() takes at most 2 arguments (3 given)
                ValueError: 'timeout' must be a non-negative number
                TypeError: 'str' object cannot be interpreted as an integer
                ValueError: Invalid value NaN (not a number)
                TypeError: SimpleQueue.qsize() takes no arguments (1 given)
                TypeError: get_nowait() takes no arguments
                """, """
                import queue
                q = queue.Queue()
                calls = [lambda: q.put(), lambda: q.put(1, 2, 3, 4), lambda: q.put(1, item=2), lambda: q.put(1, x=2),
                         lambda: q.get(1, 2, 3), lambda: q.put_nowait(), lambda: q.get_nowait(1), lambda: q.qsize(1),
                         lambda: q.join(1), lambda: q.shutdown(1, 2), lambda: queue.Queue(1, 2),
                         lambda: queue.LifoQueue(x=1),
                         lambda: queue.Queue(None).put(1), lambda: queue.SimpleQueue(1), lambda: queue.SimpleQueue(x=1),
                         lambda: queue.SimpleQueue().put(), lambda: queue.SimpleQueue().get(1, 2, 3),
                         lambda: queue.SimpleQueue().get(timeout=-1), lambda: queue.SimpleQueue().get(timeout="x"),
                         lambda: queue.SimpleQueue().get(timeout=float("nan")), lambda: queue.SimpleQueue().qsize(1),
                         lambda: queue.SimpleQueue().get_nowait(1)]
                for call in calls:
                    try:
                        call()
                    except Exception as e:
                        print(type(e).__name__ + ":", e)
                """);
    }

    /**
     * Ties fall to the second item, a failed comparison leaves the item in the heap, and a user __lt__ is
     * called for exactly the comparisons heapq makes.
     */
    @Test
    void priorityQueueComparesAsHeapqDoes() {
        prints("""
                [(0, 'z'), (1, 'b'), (1, 'a')]
                TypeError: '<' not supported between instances of 'dict' and 'dict'
                2 1 [(1, {'k': 1}), (1, {'k': 2})]
                compare a c
                compare b a
                compare b c
                ['a', 'b', 'c']
                """, """
                import queue
                pq = queue.PriorityQueue()
                pq.put((1, "b")); pq.put((1, "a")); pq.put((0, "z"))
                print(pq.queue)
                d = queue.PriorityQueue()
                d.put((1, {"k": 1}))
                try:
                    d.put((1, {"k": 2}))
                except TypeError as e:
                    print("TypeError:", e)
                print(d.qsize(), d.unfinished_tasks, d.queue)
                class Job:
                    def __init__(self, p, name):
                        self.p, self.name = p, name
                    def __lt__(self, other):
                        print("compare", self.name, other.name)
                        return self.p < other.p
                jobs = queue.PriorityQueue()
                for p, n in ((3, "c"), (1, "a"), (2, "b")):
                    jobs.put(Job(p, n))
                print([jobs.get().name for _ in range(3)])
                """);
    }

    @Test
    void subclassesOverrideMethodsAndHooks() {
        prints("""
                Full after 3 puts; maxsize 2
                _init 5
                [] 3 [2, 1, 0] True
                deque([1, 2, 3]) 3 5
                Plain 1 True x True (<class 'queue.LifoQueue'>, <class 'queue.Queue'>, <class 'object'>)
                """, """
                import queue
                class Counted(queue.Queue):
                    def __init__(self):
                        super().__init__(maxsize=2)
                        self.puts = 0
                    def put(self, item, block=True, timeout=None):
                        self.puts += 1
                        super().put(item, block, timeout)
                c = Counted()
                c.put(1)
                c.put_nowait(2)
                try:
                    c.put_nowait(3)
                except queue.Full:
                    print("Full after", c.puts, "puts; maxsize", c.maxsize)
                class Stack(queue.Queue):
                    def _init(self, maxsize):
                        print("_init", maxsize)
                        self.queue = []
                    def _put(self, item):
                        self.queue.append(item)
                    def _get(self):
                        return self.queue.pop()
                s = Stack(5)
                for i in range(3):
                    s.put(i)
                print(s.queue, s.qsize(), [s.get() for _ in range(3)], s.empty())
                class Unique(queue.Queue):
                    def _put(self, item):
                        if item not in self.queue:
                            super()._put(item)
                u = Unique()
                for x in (1, 2, 1, 3, 2):
                    u.put(x)
                print(u.queue, u.qsize(), u.unfinished_tasks)
                class Plain(queue.LifoQueue):
                    pass
                p = Plain(1)
                p.put("x")
                print(type(p).__name__, p.maxsize, p.full(), p.get(), isinstance(p, queue.Queue), Plain.__mro__[1:])
                """);
    }

    @Test
    void attributes() {
        prints("""
                5 2 False deque(['a', 2]) ['a', 2] 2 2
                [] []
                True
                False 0 Condition lock
                True
                True True
                queue.Queue[int] _queue.SimpleQueue[str]
                """, """
                import queue
                q = queue.Queue(5)
                q.put("a"); q.put(2)
                print(q.maxsize, q.unfinished_tasks, q.is_shutdown, q.queue, list(q.queue), len(q.queue), q.queue[-1])
                print(queue.LifoQueue().queue, queue.PriorityQueue().queue)
                with q.mutex:
                    print(q.mutex.locked())
                    q.queue.clear()
                print(q.mutex.locked(), q.qsize(), type(q.not_empty).__name__, type(q.mutex).__name__)
                q.maxsize = 1
                q.put("b")
                print(q.full())
                print(repr(q).startswith("<queue.Queue object at 0x"),
                      repr(queue.SimpleQueue()).startswith("<_queue.SimpleQueue object at"))
                print(queue.Queue[int], queue.SimpleQueue[str])
                """);
    }

    @Test
    void simpleQueue() {
        prints("""
                True 0
                3 a b c
                Empty Empty()
                Empty Empty()
                Empty Empty()
                Empty Empty()
                False False False
                inbox 1 (<class '__main__.Named'>, <class '_queue.SimpleQueue'>, <class 'object'>)
                """, """
                import queue
                sq = queue.SimpleQueue()
                print(sq.empty(), sq.qsize())
                sq.put("a"); sq.put_nowait("b"); sq.put("c", block=False, timeout=-5)
                print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False, "ignored"))
                for call in (sq.get_nowait, lambda: sq.get(timeout=0), lambda: sq.get(timeout=0.1),
                             lambda: sq.get(block=False)):
                    try:
                        call()
                    except queue.Empty as e:
                        print("Empty", repr(e))
                print(hasattr(sq, "task_done"), hasattr(sq, "join"), hasattr(sq, "maxsize"))
                class Named(queue.SimpleQueue):
                    def __init__(self, name):
                        self.name = name
                n = Named("inbox")
                n.put(1)
                print(n.name, n.get(), type(n).__mro__)
                """);
    }

    @Test
    void exceptionClasses() {
        prints("""
                _queue Empty (<class 'Exception'>,) Empty() Empty('m')
                queue Full (<class 'Exception'>,) Full() Full('m')
                queue ShutDown (<class 'Exception'>,) ShutDown() ShutDown('m')
                True True
                caught Full
                caught Mine('x')
                """, """
                import queue, _queue
                for cls in (queue.Empty, queue.Full, queue.ShutDown):
                    print(cls.__module__, cls.__qualname__, cls.__bases__, repr(cls()), repr(cls("m")))
                print(_queue.Empty is queue.Empty, _queue.SimpleQueue is queue.SimpleQueue)
                try:
                    raise queue.Full
                except Exception as e:
                    print("caught", type(e).__name__)
                class Mine(queue.Empty):
                    pass
                try:
                    raise Mine("x")
                except queue.Empty as e:
                    print("caught", repr(e))
                """);
    }

    @Test
    void producerAndConsumerThroughABoundedQueue() {
        prints("""
                [0, 1, 2, 3, 4, 5, 6, 7] True 9
                """, """
                import queue, threading
                q = queue.Queue(maxsize=2)
                received = []
                def producer():
                    for i in range(8):
                        q.put(i)
                    q.put(None)
                def consumer():
                    while (item := q.get()) is not None:
                        received.append(item)
                threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                print(received, q.empty(), q.unfinished_tasks)
                """);
    }

    @Test
    void joinWaitsForTaskDoneFromWorkers() {
        prints("""
                [0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121] 12 0
                """, """
                import queue, threading, time
                jobs = queue.Queue()
                done = []
                lock = threading.Lock()
                def worker():
                    while True:
                        n = jobs.get()
                        time.sleep(0.001)
                        with lock:
                            done.append(n * n)
                        jobs.task_done()
                for _ in range(3):
                    threading.Thread(target=worker, daemon=True).start()
                for n in range(12):
                    jobs.put(n)
                jobs.join()
                print(sorted(done), len(done), jobs.unfinished_tasks)
                """);
    }

    @Test
    void blockingPutIsReleasedByAGet() {
        prints("""
                ['putting'] 1 True
                first
                ['putting', 'put done'] second
                """, """
                import queue, threading, time
                q = queue.Queue(1)
                q.put("first")
                log = []
                def putter():
                    log.append("putting")
                    q.put("second")
                    log.append("put done")
                t = threading.Thread(target=putter)
                t.start()
                time.sleep(0.05)
                print(log, q.qsize(), q.full())
                print(q.get())
                t.join()
                print(log, q.get_nowait())
                """);
    }

    @Test
    void shutdownWakesBlockedGettersAndPutters() {
        prints("""
                [(0, "item 'last'"), (1, 'ShutDown ShutDown()'), (2, 'ShutDown ShutDown()')]
                ['putter ShutDown'] 0 0
                """, """
                import queue, threading, time
                q = queue.Queue()
                outcomes = []
                lock = threading.Lock()
                def getter(i):
                    try:
                        result = "item %r" % (q.get(),)
                    except queue.ShutDown as e:
                        result = "ShutDown " + repr(e)
                    with lock:
                        outcomes.append((i, result))
                threads = [threading.Thread(target=getter, args=(i,)) for i in range(3)]
                for t in threads:
                    t.start()
                time.sleep(0.05)
                q.put("last")
                time.sleep(0.05)
                q.shutdown()
                for t in threads:
                    t.join()
                print(sorted(outcomes))
                full = queue.Queue(1)
                full.put(0)
                res = []
                def putter():
                    try:
                        full.put(1)
                        res.append("put")
                    except queue.ShutDown:
                        res.append("putter ShutDown")
                t = threading.Thread(target=putter)
                t.start()
                time.sleep(0.05)
                full.shutdown(immediate=True)
                t.join()
                print(res, full.qsize(), full.unfinished_tasks)
                """);
    }

    @Test
    void getWithATimeoutIsWokenByALatePut() {
        prints("""
                Empty after 0.1
                late 0.2
                """, """
                import queue, threading, time
                q = queue.Queue()
                def late():
                    time.sleep(0.2)
                    q.put("late")
                t = threading.Thread(target=late)
                t.start()
                start = time.monotonic()
                try:
                    q.get(timeout=0.1)
                except queue.Empty:
                    print("Empty after", round(time.monotonic() - start, 1))
                print(q.get(timeout=5), round(time.monotonic() - start, 1))
                t.join()
                """);
    }

    @Test
    void blockedGettersAreServedInArrivalOrder() {
        prints("""
                Queue [('a', 1), ('b', 2), ('c', 3)]
                SimpleQueue [('a', 1), ('b', 2), ('c', 3)]
                """, """
                import queue, threading, time
                for cls in (queue.Queue, queue.SimpleQueue):
                    q = cls()
                    got = []
                    def getter(name):
                        got.append((name, q.get()))
                    threads = []
                    for name in "abc":
                        t = threading.Thread(target=getter, args=(name,))
                        t.start()
                        threads.append(t)
                        time.sleep(0.01)
                    for item in (1, 2, 3):
                        q.put(item)
                        time.sleep(0.01)
                    for t in threads:
                        t.join()
                    print(cls.__name__, got)
                """);
    }

    /**
     * Items compare in Python (__lt__) while other threads put: the queue's mutex keeps the heap whole.
     */
    @Test
    void priorityQueueSharedByThreads() {
        prints("""
                [0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23, 30, 31, 32, 33, 40, 41, 42, 43]
                """, """
                import queue, threading
                class Job:
                    def __init__(self, p):
                        self.p = p
                    def __lt__(self, other):
                        return self.p < other.p
                pq = queue.PriorityQueue()
                def add(base):
                    for k in range(5):
                        pq.put(Job(base + 10 * k))
                adders = [threading.Thread(target=add, args=(b,)) for b in range(4)]
                for a in adders:
                    a.start()
                for a in adders:
                    a.join()
                print([pq.get().p for _ in range(pq.qsize())])
                """);
    }

    /** The idiom that empties a queue under its mutex releases join(), as in CPython. */
    @Test
    void clearingAQueueUnderItsMutexReleasesJoin() {
        prints("""
                joiner released
                0 0
                """, """
                import queue, threading, time
                q = queue.Queue()
                for i in range(5):
                    q.put(i)
                def joiner():
                    q.join()
                    print("joiner released")
                t = threading.Thread(target=joiner)
                t.start()
                time.sleep(0.01)
                with q.mutex:
                    q.queue.clear()
                    q.all_tasks_done.notify_all()
                    q.unfinished_tasks = 0
                t.join()
                print(q.qsize(), q.unfinished_tasks)
                """);
    }

    @Test
    void anUncaughtEmptyPrintsAsQueueEmptyOfTheCModule() {
        CapturedRun r = CapturedRun.of("""
                import queue
                q = queue.Queue()
                def take():
                    return q.get(block=False)
                print("before")
                take()
                """);
        assertEquals("before\n", r.stdout());
        assertEquals(1, r.result().exitStatus());
        assertEquals("_queue.Empty", lastLine(r.stderr()));
        assertTrue(r.stderr().contains("line 4, in take"), r.stderr());
    }

    @Test
    void uncaughtFullAndShutDownPrintTheirModule() {
        CapturedRun full = CapturedRun.of("""
                import queue
                q = queue.Queue(1)
                q.put(1)
                q.put(2, timeout=0.01)
                """);
        assertEquals(1, full.result().exitStatus());
        assertEquals("queue.Full", lastLine(full.stderr()));
        CapturedRun shut = CapturedRun.of("""
                import queue
                q = queue.SimpleQueue()
                q.get(timeout=0)
                """);
        assertEquals("_queue.Empty", lastLine(shut.stderr()));
        CapturedRun down = CapturedRun.of("""
                import queue
                q = queue.LifoQueue()
                q.shutdown()
                q.put(1)
                """);
        assertEquals("queue.ShutDown", lastLine(down.stderr()));
    }

    /** CPython would wait forever; the simulator reports that nothing can wake the thread. */
    @Test
    void gettingFromAnEmptyQueueWithNoOtherThreadIsADeadlock() {
        CapturedRun r = CapturedRun.of("""
                import queue
                q = queue.Queue()
                q.put(1)
                q.get()
                q.get()
                """);
        assertEquals(3, r.result().exitStatus());
        assertEquals(RunResult.Ending.DEADLOCK, r.result().ending());
        assertEquals("""
                interleave: deadlock: every thread is blocked and nothing can wake them
                  MainThread (line 5) waits for Queue q
                """, r.stderr());
    }

    @Test
    void theTraceNamesTheQueueAndRecordsEachPutGetTaskDoneAndShutdown() {
        CapturedRun r = CapturedRun.of("""
                import queue, threading, time
                q = queue.Queue(maxsize=2)
                def consumer():
                    print("got", q.get())
                    q.task_done()
                t = threading.Thread(target=consumer)
                t.start()
                time.sleep(0.01)
                q.put("a")
                q.put([1, 2])
                t.join()
                q.shutdown(immediate=True)
                """, RunOptions.defaults().withKeepTrace(true));
        assertEquals("got a\n", r.output());
        Trace trace = r.result().trace();
        TraceEntity q = entity(trace, "queue", "q");
        assertEquals(2, q.line());
        assertEquals(2L, fact(q, "maxsize"));
        assertEquals("fifo", fact(q, "flavour"));
        int consumer = entity(trace, "thread", "Thread-1 (consumer)").id();
        int main = entity(trace, "thread", "MainThread").id();

        assertTrue(trace.events().stream().anyMatch(e -> e.kind().equals("thread.state") && e.object() == consumer
                && "get".equals(e.detail("reason")) && Integer.valueOf(q.id()).equals(e.detail("on"))),
                "the consumer blocks on q for a get");
        List<TraceEvent> events = trace.events().stream().filter(e -> e.object() == q.id()).toList();
        assertEquals(List.of("queue.put", "queue.put", "queue.get", "queue.task_done", "queue.shutdown"),
                events.stream().map(TraceEvent::kind).toList());

        TraceEvent put = events.get(0);
        assertEquals(main, put.actor());
        assertEquals("'a'", put.detail("item"));
        assertEquals(consumer, put.detail("woke"));
        assertEquals(1, put.detail("size"));
        assertEquals(List.of("'a'"), put.detail("items"));
        assertEquals(1L, put.detail("unfinished"));
        TraceEvent second = events.get(1);
        assertEquals(null, second.detail("woke"));
        assertEquals(List.of("'a'", "[1, 2]"), second.detail("items"));
        assertEquals(2L, second.detail("unfinished"));

        TraceEvent get = events.get(2);
        assertEquals(consumer, get.actor());
        assertEquals("'a'", get.detail("item"));
        assertEquals(List.of("[1, 2]"), get.detail("items"));
        assertEquals(1, get.detail("size"));
        TraceEvent done = events.get(3);
        assertEquals(1L, done.detail("unfinished"));
        assertEquals(List.of(), done.detail("woke"));
        TraceEvent shutdown = events.get(4);
        assertEquals(true, shutdown.detail("immediate"));
        assertEquals(0, shutdown.detail("size"));
        assertEquals(0L, shutdown.detail("unfinished"));
    }

    @Test
    void traceFlavours() {
        CapturedRun r = CapturedRun.of("""
                import queue
                lifo = queue.LifoQueue(3)
                prio = queue.PriorityQueue()
                simple = queue.SimpleQueue()
                class Mine(queue.PriorityQueue):
                    pass
                mine = Mine(7)
                for x in (3, 1, 2):
                    prio.put(x)
                lifo.put("bottom")
                lifo.put("top")
                """, RunOptions.defaults().withKeepTrace(true));
        Trace trace = r.result().trace();
        assertEquals("lifo", fact(entity(trace, "queue", "lifo"), "flavour"));
        assertEquals(3L, fact(entity(trace, "queue", "lifo"), "maxsize"));
        assertEquals("priority", fact(entity(trace, "queue", "prio"), "flavour"));
        assertEquals("simple", fact(entity(trace, "queue", "simple"), "flavour"));
        assertEquals("priority", fact(entity(trace, "queue", "mine"), "flavour"));
        assertEquals(7L, fact(entity(trace, "queue", "mine"), "maxsize"));
        List<TraceEvent> puts = trace.events().stream().filter(e -> e.kind().equals("queue.put")).toList();
        assertEquals(List.of("1", "3", "2"), puts.get(2).detail("items"), "heap order, as prio.queue shows it");
        assertEquals(List.of("'top'", "'bottom'"), puts.get(4).detail("items"), "a stack's top first");
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static TraceEntity entity(Trace trace, String kind, String name) {
        return trace.entities().stream().filter(e -> e.kind().equals(kind) && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + trace.entities()));
    }

    private static Object fact(TraceEntity e, String name) {
        Object[] f = e.facts();
        for (int i = 0; i + 1 < f.length; i += 2) {
            if (name.equals(f[i])) {
                return f[i + 1];
            }
        }
        throw new AssertionError("no fact " + name + " in " + Arrays.toString(f));
    }
}
