package dev.interleave.util;

import java.util.function.Supplier;

/** Runs a piece of work on a thread of its own (a big stack, a virtual thread) and waits for it. */
public final class OnThread {

    private OnThread() {}

    /**
     * Runs {@code work} on a thread made by {@code builder} and returns its result; a
     * RuntimeException or Error it throws is thrown again here. An interrupt while waiting is
     * kept for the caller, not lost.
     */
    public static <T> T call(Thread.Builder builder, Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread t = builder.start(() -> {
            try {
                result[0] = work.get();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thrown[0] instanceof RuntimeException e) {
            throw e;
        }
        if (thrown[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }
}
