package dev.interleave.machine;

/**
 * One transition: number {@code seq} in the run, at virtual time {@code time} (ns), made by
 * thread {@code actor} (-1: the machine itself) on entity {@code object} (-1: none), at source
 * line {@code line} (0: none), with {@code details} as alternating names and values.
 */
public record TraceEvent(long seq, long time, String kind, int actor, int object, int line, Object[] details) {

    /** The value of detail {@code name}, or null. */
    public Object detail(String name) {
        for (int i = 0; i + 1 < details.length; i += 2) {
            if (details[i].equals(name)) {
                return details[i + 1];
            }
        }
        return null;
    }
}
