package dev.interleave.web.ws;

/**
 * The machine config of a {@code start} message: the flat config object of
 * {@code GET /api/config/defaults} and the gallery's scenarios (web/rest/ConfigFields, which
 * checks the ranges), plus {@code switchInterval} and {@code timeSlice} in seconds as the CLI
 * takes them. Every field is optional (null: the default, docs/machine.md).
 */
public record RunConfig(Integer cores, Boolean gil, Long switchIntervalNs, Long timeSliceNs, Long bytecodeNs,
        Long threadStartNs, Long contextSwitchNs, Long threadMemoryBytes, Double jitter, String dropAt,
        Long quantumNs, Long processForkNs, Long processSpawnNs, Long processMemoryBytes,
        Long coroutineMemoryBytes, Long seed, String policy, String startMethod, Double switchInterval, Double timeSlice) {

    public static final RunConfig DEFAULTS = new RunConfig(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);
}
