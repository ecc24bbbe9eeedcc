package dev.interleave.engine;

import dev.interleave.lang.Compiler;
import dev.interleave.lang.PySyntaxError;
import dev.interleave.vm.PyCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Programs compiled once for many runs: a class opening one link sends the same source a
 * hundred times. Holds the {@code capacity} sources used last (each up to {@code maxChars}
 * characters), with their code or their syntax error; every run gets its own
 * {@linkplain PyCode#forRun copy} of the code (own caches, constants numbered per run).
 * Concurrent requests for a source not yet compiled wait for one compilation. An instance
 * belongs to whoever creates it (a server makes one); there is no global cache.
 */
public final class CompiledPrograms {

    /** Compiles a source on whatever thread can afford the compiler's recursion. */
    public interface CompileThread {
        PyCode compile(String fileName, String source);
    }

    private record Key(String fileName, String source) {}

    /** The code compiled once (constants shared), or the syntax error. */
    private record Outcome(PyCode code, PySyntaxError error) {}

    private final int capacity;
    private final int maxChars;
    private final Map<Key, CompletableFuture<Outcome>> entries;
    private long hits;
    private long misses;

    public CompiledPrograms(int capacity, int maxChars) {
        if (capacity < 1 || maxChars < 1) {
            throw new IllegalArgumentException("capacity and maxChars must be positive");
        }
        this.capacity = capacity;
        this.maxChars = maxChars;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Outcome>> eldest) {
                return size() > CompiledPrograms.this.capacity;
            }
        };
    }

    /** Compiles on the calling thread (it must have a deep enough stack for the compiler). */
    public PyCode compile(String fileName, String source) {
        return compile(fileName, source, (f, s) -> Compiler.compile(s, f));
    }

    /**
     * The code of {@code source} for one run, compiled by {@code thread} unless it is cached.
     *
     * @throws PySyntaxError when the source does not compile (cached too)
     */
    public PyCode compile(String fileName, String source, CompileThread thread) {
        Objects.requireNonNull(fileName);
        if (source.length() > maxChars) {
            return thread.compile(fileName, source);
        }
        Key key = new Key(fileName, source);
        CompletableFuture<Outcome> mine = null;
        CompletableFuture<Outcome> entry;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null) {
                mine = new CompletableFuture<>();
                entries.put(key, mine);
                entry = mine;
                misses++;
            } else {
                hits++;
            }
        }
        if (mine != null) {
            try {
                mine.complete(new Outcome(thread.compile(fileName, source).shareConstants(), null));
            } catch (PySyntaxError e) {
                mine.complete(new Outcome(null, e));
            } catch (RuntimeException | Error e) {
                synchronized (entries) {
                    entries.remove(key, mine); // not a property of the source: the next request tries again
                }
                mine.completeExceptionally(e);
                throw e;
            }
        }
        Outcome o = await(entry);
        if (o.error() != null) {
            throw o.error();
        }
        return o.code().forRun();
    }

    private static Outcome await(CompletableFuture<Outcome> entry) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return entry.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("compiling failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sources held now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Requests answered from the cache, and requests that compiled. */
    public long hits() {
        synchronized (entries) {
            return hits;
        }
    }

    public long misses() {
        synchronized (entries) {
            return misses;
        }
    }
}
