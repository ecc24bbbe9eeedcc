package dev.interleave.web.ws;

import dev.interleave.engine.RunOptions;
import dev.interleave.machine.MachineConfig;
import java.util.Locale;

/**
 * A run's settings with every default filled in, exactly as the trace file's {@code config}
 * member writes them (docs/trace.md), so a client can write the trace of a streamed run.
 */
public record TraceConfig(int cores, boolean gil, long switchIntervalNs, long timeSliceNs, long bytecodeNs,
        long threadStartNs, long contextSwitchNs, long threadMemoryBytes, double jitter, String dropAt,
        long quantumNs, long processForkNs, long processSpawnNs, long processMemoryBytes, long coroutineMemoryBytes,
        long seed, String policy,
        String startMethod) {

    static TraceConfig of(RunOptions o, String policy) {
        MachineConfig m = o.machine();
        return new TraceConfig(m.cores(), m.gil(), m.switchIntervalNs(), m.timeSliceNs(), m.bytecodeNs(),
                m.threadStartNs(), m.contextSwitchNs(), m.threadMemoryBytes(), m.jitter(),
                m.dropAt().name().toLowerCase(Locale.ROOT), m.quantumNs(), m.processForkNs(), m.processSpawnNs(),
                m.processMemoryBytes(), m.coroutineMemoryBytes(), o.seed(), policy, o.startMethod());
    }
}
