package dev.interleave.machine;

/**
 * The simulated machine: cores, the GIL and the cost model. Every field has a default with its
 * reason in docs/machine.md; the CLI and the server change them.
 *
 * @param cores             simulated CPU cores
 * @param gil               false runs threads of one process in parallel (like CPython 3.13t)
 * @param switchIntervalNs  how long a thread waits for the GIL before asking the holder to drop it
 *                          (sys.setswitchinterval; CPython's default 5 ms)
 * @param timeSliceNs       the OS scheduler's time slice when more threads are runnable than cores
 * @param bytecodeNs        virtual CPU time of one bytecode instruction
 * @param threadStartNs     virtual time the creating thread spends starting a thread
 * @param contextSwitchNs   virtual time a core spends switching from one thread to another
 * @param threadMemoryBytes memory a thread costs (its stack and interpreter state)
 * @param jitter            relative spread of sleeps and GIL waits, drawn from the seed (0 = none)
 * @param dropAt            where a GIL holder honours a drop request
 * @param quantumNs         how far apart in virtual time parallel threads may run before the
 *                          machine interleaves them (free-threaded mode and several processes)
 * @param processForkNs     virtual time the parent spends forking a process (os.fork, fork start method)
 * @param processSpawnNs    virtual time the parent spends spawning a process (a new interpreter)
 * @param processMemoryBytes memory a process costs (a copy of its parent's for fork)
 * @param coroutineMemoryBytes memory an asyncio task costs with its coroutine
 */
public record MachineConfig(int cores, boolean gil, long switchIntervalNs, long timeSliceNs, long bytecodeNs,
        long threadStartNs, long contextSwitchNs, long threadMemoryBytes, double jitter, DropPoint dropAt,
        long quantumNs, long processForkNs, long processSpawnNs, long processMemoryBytes, long coroutineMemoryBytes) {

    /** A process forks in 1 ms and spawns in 40 ms; each holds 10 MiB; a task with its coroutine 2 KiB (docs/machine.md). */
    static final long FORK_NS = 1_000_000L;
    static final long SPAWN_NS = 40_000_000L;
    static final long PROCESS_MEMORY = 10L << 20;
    static final long COROUTINE_MEMORY = 2L << 10;

    /** Where the GIL holder checks for a drop request. */
    public enum DropPoint {
        /** At the next bytecode boundary: the textbook model, where x += 1 can be interrupted. */
        BYTECODE,
        /** Only where CPython 3.10+ checks: calls, function entry and backward jumps. */
        CHECKPOINT
    }

    public static final int MAX_CORES = 64;

    public MachineConfig {
        if (cores < 1 || cores > MAX_CORES) {
            throw new IllegalArgumentException("cores must be between 1 and " + MAX_CORES + ", not " + cores);
        }
        if (switchIntervalNs < 1 || timeSliceNs < 1 || bytecodeNs < 1 || quantumNs < 1) {
            throw new IllegalArgumentException("switch interval, time slice, bytecode cost and quantum must be positive");
        }
        if (threadStartNs < 0 || contextSwitchNs < 0 || threadMemoryBytes < 0 || processForkNs < 0
                || processSpawnNs < 0 || processMemoryBytes < 0 || coroutineMemoryBytes < 0) {
            throw new IllegalArgumentException("costs must not be negative");
        }
        if (!(jitter >= 0 && jitter <= 0.5)) {
            throw new IllegalArgumentException("jitter must be between 0 and 0.5, not " + jitter);
        }
    }

    /** A config with the default process costs. */
    public MachineConfig(int cores, boolean gil, long switchIntervalNs, long timeSliceNs, long bytecodeNs,
            long threadStartNs, long contextSwitchNs, long threadMemoryBytes, double jitter, DropPoint dropAt,
            long quantumNs) {
        this(cores, gil, switchIntervalNs, timeSliceNs, bytecodeNs, threadStartNs, contextSwitchNs, threadMemoryBytes,
                jitter, dropAt, quantumNs, FORK_NS, SPAWN_NS, PROCESS_MEMORY, COROUTINE_MEMORY);
    }

    public MachineConfig withProcessCosts(long forkNs, long spawnNs, long memory) {
        return new MachineConfig(cores, gil, switchIntervalNs, timeSliceNs, bytecodeNs, threadStartNs, contextSwitchNs,
                threadMemoryBytes, jitter, dropAt, quantumNs, forkNs, spawnNs, memory, coroutineMemoryBytes);
    }

    public MachineConfig withCoroutineMemory(long bytes) {
        return new MachineConfig(cores, gil, switchIntervalNs, timeSliceNs, bytecodeNs, threadStartNs, contextSwitchNs,
                threadMemoryBytes, jitter, dropAt, quantumNs, processForkNs, processSpawnNs, processMemoryBytes, bytes);
    }

    public static MachineConfig defaults() {
        return new MachineConfig(4, true, 5_000_000L, 4_000_000L, 10L, 60_000L, 3_000L, 64L * 1024, 0.02,
                DropPoint.BYTECODE, 50_000L);
    }

    public MachineConfig withCores(int n) {
        return new MachineConfig(n, gil, switchIntervalNs, timeSliceNs, bytecodeNs, threadStartNs, contextSwitchNs,
                threadMemoryBytes, jitter, dropAt, quantumNs, processForkNs, processSpawnNs, processMemoryBytes,
                coroutineMemoryBytes);
    }

    public MachineConfig withGil(boolean g) {
        return new MachineConfig(cores, g, switchIntervalNs, timeSliceNs, bytecodeNs, threadStartNs, contextSwitchNs,
                threadMemoryBytes, jitter, dropAt, quantumNs, processForkNs, processSpawnNs, processMemoryBytes,
                coroutineMemoryBytes);
    }

    public MachineConfig withSwitchInterval(long ns) {
        return new MachineConfig(cores, gil, ns, timeSliceNs, bytecodeNs, threadStartNs, contextSwitchNs,
                threadMemoryBytes, jitter, dropAt, quantumNs, processForkNs, processSpawnNs, processMemoryBytes,
                coroutineMemoryBytes);
    }

    public MachineConfig withTimeSlice(long ns) {
        return new MachineConfig(cores, gil, switchIntervalNs, ns, bytecodeNs, threadStartNs, contextSwitchNs,
                threadMemoryBytes, jitter, dropAt, quantumNs, processForkNs, processSpawnNs, processMemoryBytes,
                coroutineMemoryBytes);
    }

    public MachineConfig withBytecodeCost(long ns) {
        return new MachineConfig(cores, gil, switchIntervalNs, timeSliceNs, ns, threadStartNs, contextSwitchNs,
                threadMemoryBytes, jitter, dropAt, quantumNs, processForkNs, processSpawnNs, processMemoryBytes,
                coroutineMemoryBytes);
    }

    public MachineConfig withJitter(double j) {
        return new MachineConfig(cores, gil, switchIntervalNs, timeSliceNs, bytecodeNs, threadStartNs, contextSwitchNs,
                threadMemoryBytes, j, dropAt, quantumNs, processForkNs, processSpawnNs, processMemoryBytes,
                coroutineMemoryBytes);
    }

    public MachineConfig withDropAt(DropPoint d) {
        return new MachineConfig(cores, gil, switchIntervalNs, timeSliceNs, bytecodeNs, threadStartNs, contextSwitchNs,
                threadMemoryBytes, jitter, d, quantumNs, processForkNs, processSpawnNs, processMemoryBytes,
                coroutineMemoryBytes);
    }

    public MachineConfig withCosts(long threadStart, long contextSwitch, long threadMemory) {
        return new MachineConfig(cores, gil, switchIntervalNs, timeSliceNs, bytecodeNs, threadStart, contextSwitch,
                threadMemory, jitter, dropAt, quantumNs, processForkNs, processSpawnNs, processMemoryBytes,
                coroutineMemoryBytes);
    }
}
