package dev.interleave.engine;

import dev.interleave.machine.MachineConfig;
import java.util.List;

/**
 * The settings a run is made with. Every field has a documented default (see docs/machine.md);
 * the CLI and the server change them.
 *
 * @param machine     the simulated machine: cores, GIL, switch interval, costs
 * @param seed        seed for the program's {@code random} module, the scheduler and the jitter
 * @param startMethod multiprocessing start method: "fork" or "spawn"
 * @param limits      the limits that stop a run
 * @param policy      "random" (seeded, the default) or "round-robin"
 * @param replay      decisions to replay (thread ids, in order), or null
 * @param keepTrace   whether the run keeps its events (for a trace file or a live view)
 */
public record RunOptions(MachineConfig machine, long seed, String startMethod, Limits limits, String policy,
        List<Integer> replay, boolean keepTrace) {

    public static RunOptions defaults() {
        return new RunOptions(MachineConfig.defaults(), 0, "fork", Limits.defaults(), "random", null, false);
    }

    public int cores() {
        return machine.cores();
    }

    public boolean gil() {
        return machine.gil();
    }

    public RunOptions withMachine(MachineConfig m) {
        return new RunOptions(m, seed, startMethod, limits, policy, replay, keepTrace);
    }

    public RunOptions withCores(int n) {
        return withMachine(machine.withCores(n));
    }

    public RunOptions withGil(boolean g) {
        return withMachine(machine.withGil(g));
    }

    public RunOptions withSeed(long s) {
        return new RunOptions(machine, s, startMethod, limits, policy, replay, keepTrace);
    }

    public RunOptions withStartMethod(String m) {
        return new RunOptions(machine, seed, m, limits, policy, replay, keepTrace);
    }

    public RunOptions withLimits(Limits l) {
        return new RunOptions(machine, seed, startMethod, l, policy, replay, keepTrace);
    }

    public RunOptions withPolicy(String p) {
        return new RunOptions(machine, seed, startMethod, limits, p, replay, keepTrace);
    }

    public RunOptions withReplay(List<Integer> decisions) {
        return new RunOptions(machine, seed, startMethod, limits, policy, List.copyOf(decisions), keepTrace);
    }

    public RunOptions withKeepTrace(boolean k) {
        return new RunOptions(machine, seed, startMethod, limits, policy, replay, k);
    }
}
