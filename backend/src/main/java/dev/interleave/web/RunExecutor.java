package dev.interleave.web;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded pool that simulations run on: a fixed number of threads with deep stacks (the
 * interpreter recurses) and a bounded queue. When the queue is full, {@link #execute} throws
 * {@link java.util.concurrent.RejectedExecutionException}.
 */
@Component
public class RunExecutor implements Executor {

    static final long STACK_BYTES = 256L << 20;

    private final ThreadPoolExecutor pool;
    private final AtomicLong accepted = new AtomicLong();

    public RunExecutor(@Value("${interleave.runs.threads:0}") int threads,
                       @Value("${interleave.runs.queue:64}") int queue) {
        int size = threads > 0 ? threads : Math.max(2, Runtime.getRuntime().availableProcessors());
        this.pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), new RunThreadFactory(), new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
        accepted.incrementAndGet();
    }

    int threads() {
        return pool.getCorePoolSize();
    }

    /** Runs accepted since start-up (running, queued or done); refused ones do not count. */
    public long accepted() {
        return accepted.get();
    }

    /** Runs executing now. */
    public int running() {
        return pool.getActiveCount();
    }

    /** Runs waiting for a thread. */
    public int queued() {
        return pool.getQueue().size();
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }

    private static final class RunThreadFactory implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger(1);

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(null, task, "interleave-run-" + next.getAndIncrement(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        }
    }
}
