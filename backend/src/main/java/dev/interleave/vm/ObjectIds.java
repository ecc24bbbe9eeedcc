package dev.interleave.vm;

import java.util.IdentityHashMap;

/**
 * id(): a number per object, stable for the object's life and the same on every run of the
 * same program (no identity hash codes, which differ between JVM runs). Numbers look like
 * CPython's addresses. Kept per run.
 */
public final class ObjectIds {

    private static final long BASE = 0x7F3A_2C10_0000L;
    private static final long STEP = 0x30;

    private final IdentityHashMap<PyObject, Long> ids = new IdentityHashMap<>();
    private long next = BASE;

    private ObjectIds() {}

    /** The id of {@code o} in this run. */
    public static long of(Interpreter in, PyObject o) {
        ObjectIds table = in.moduleState("builtins.id", ObjectIds::new);
        Long id = table.ids.get(o);
        if (id == null) {
            id = table.next;
            table.next += STEP;
            table.ids.put(o, id);
        }
        return id;
    }
}
