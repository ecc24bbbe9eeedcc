package dev.interleave.web.ws;

import dev.interleave.engine.CompiledPrograms;
import dev.interleave.engine.Engine;
import dev.interleave.lang.PySyntaxError;
import dev.interleave.vm.PyCode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.ObjectWriter;

/**
 * What every connection of the endpoint shares: the engine, the settings, the run gate, the
 * address book, the JSON reader and writer, the pool that writes to sockets and the timer that
 * sends partly filled batches and queue places.
 */
final class WsContext implements AutoCloseable {

    private final Engine engine;
    private final WsProperties props;
    private final RunGate gate;
    /** Replays under way for inspect, bounded like the runs. */
    private final Semaphore inspections;
    private final AddressBook addresses;
    private final MessageReader reader;
    private final ObjectWriter writer;
    private final ExecutorService senders;
    private final ExecutorService runThreads;
    private final ThreadPoolExecutor compilers;
    /** The sources started last, compiled once for all their runs. */
    private final CompiledPrograms programs = new CompiledPrograms(PROGRAMS_KEPT, PROGRAM_CHARS_KEPT);
    private final ScheduledExecutorService ticker;
    private final Set<StreamBuffer> streaming = ConcurrentHashMap.newKeySet();
    private final AtomicLong runIds = new AtomicLong();
    private final AtomicInteger runs = new AtomicInteger();

    WsContext(Engine engine, WsProperties props) {
        this.engine = engine;
        this.props = props;
        this.gate = new RunGate(props.runningLimit());
        this.inspections = new Semaphore(props.runningLimit());
        this.addresses = new AddressBook(props);
        this.reader = new MessageReader(WsJson.MAPPER);
        this.writer = WsJson.SERVER_MESSAGES;
        AtomicInteger senderIds = new AtomicInteger();
        this.senders = Executors.newCachedThreadPool(r -> Thread.ofPlatform()
                .name("interleave-ws-send-" + senderIds.incrementAndGet()).daemon(true).unstarted(r));
        AtomicInteger runIds = new AtomicInteger();
        this.runThreads = Executors.newCachedThreadPool(r -> Thread.ofPlatform()
                .name("interleave-ws-run-" + runIds.incrementAndGet()).stackSize(STACK_BYTES).daemon(true)
                .unstarted(r));
        AtomicInteger compilerIds = new AtomicInteger();
        int compileThreads = props.runningLimit();
        this.compilers = new ThreadPoolExecutor(compileThreads, compileThreads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(COMPILE_QUEUE), r -> Thread.ofPlatform()
                .name("interleave-ws-compile-" + compilerIds.incrementAndGet()).stackSize(STACK_BYTES)
                .daemon(true).unstarted(r));
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform()
                .name("interleave-ws-timer").daemon(true).unstarted(r));
        long flushEvery = Math.max(1, props.flushInterval().toMillis() / 2);
        ticker.scheduleWithFixedDelay(this::flushStale, flushEvery, flushEvery, TimeUnit.MILLISECONDS);
        long updateEvery = Math.max(10, props.queueUpdateInterval().toMillis());
        ticker.scheduleWithFixedDelay(this::tellPlaces, updateEvery, updateEvery, TimeUnit.MILLISECONDS);
    }

    /** Stack of the threads that compile and run programs: the parser and the compiler recurse. */
    static final long STACK_BYTES = 256L << 20;
    static final int COMPILE_QUEUE = 256;
    /** How many sources the compiled-program cache holds, and the longest it keeps. */
    static final int PROGRAMS_KEPT = 64;
    static final int PROGRAM_CHARS_KEPT = 64 * 1024;

    /** Starts a run's own thread (reused from earlier runs when one is idle). */
    void startRunThread(Runnable body) {
        runThreads.execute(body);
    }

    /**
     * The code of {@code source} for one run, or its syntax error: from the cache of programs
     * compiled before (a class sends one source many times), else compiled on a deep-stack thread.
     *
     * @throws ProtocolError {@code busy} when too many compilations wait already
     */
    Compiled compile(String source) {
        try {
            return new Compiled(programs.compile(LiveRun.FILE, source, this::compileOnDeepStack), null);
        } catch (PySyntaxError e) {
            return new Compiled(null, e);
        }
    }

    /** Compiles on a thread of the compile pool (the parser and the compiler recurse) and waits. */
    private PyCode compileOnDeepStack(String fileName, String source) {
        Future<PyCode> f;
        try {
            f = compilers.submit(() -> engine.compile(fileName, source));
        } catch (RejectedExecutionException e) {
            throw new ProtocolError(ProtocolError.Codes.BUSY, "the server is busy checking other programs; "
                    + "try again shortly");
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof StackOverflowError so) {
                throw so;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A program compiled for one run, or the syntax error that stops it. */
    record Compiled(PyCode code, PySyntaxError error) {}

    Semaphore inspections() {
        return inspections;
    }

    Engine engine() {
        return engine;
    }

    WsProperties props() {
        return props;
    }

    RunGate gate() {
        return gate;
    }

    AddressBook addresses() {
        return addresses;
    }

    MessageReader reader() {
        return reader;
    }

    ObjectWriter writer() {
        return writer;
    }

    ExecutorService senders() {
        return senders;
    }

    long nextRunId() {
        return runIds.incrementAndGet();
    }

    /** Counts a run in unless the server already holds its limit ({@code slack} more while one ends). */
    boolean runAccepted(int slack) {
        while (true) {
            int n = runs.get();
            if (n >= props.maxRuns() + slack) {
                return false;
            }
            if (runs.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    void runEnded() {
        runs.decrementAndGet();
    }

    /** Runs accepted and not ended (tests: none stay behind). */
    int runs() {
        return runs.get();
    }

    /** Registers a buffer with the flush timer while its run streams. */
    void streaming(StreamBuffer b, boolean on) {
        if (on) {
            streaming.add(b);
        } else {
            streaming.remove(b);
        }
    }

    private void flushStale() {
        gate.tick();
        long now = System.nanoTime();
        for (StreamBuffer b : streaming) {
            try {
                b.tick(now);
            } catch (RuntimeException e) {
                // one broken stream must not stop the timer for the others
            }
        }
    }

    private void tellPlaces() {
        List<RunGate.Admission> queued = gate.queued();
        for (int i = 0; i < queued.size(); i++) {
            try {
                if (queued.get(i) instanceof LiveRun run) {
                    run.queuedAt(i + 1);
                }
            } catch (RuntimeException e) {
                // as above
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        senders.shutdownNow();
        compilers.shutdownNow();
        runThreads.shutdownNow();
    }
}
