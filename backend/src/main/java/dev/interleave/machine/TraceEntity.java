package dev.interleave.machine;

/**
 * A process, thread or synchronisation object named in the trace header: its id, kind
 * ("process", "thread", "lock", "queue"...), name, creation line, owning process, and kind-specific
 * facts as alternating names and values (a queue's maxsize, a barrier's parties...).
 */
public record TraceEntity(int id, String kind, String name, int line, int process, Object[] facts) {
}
