package dev.interleave.vm;

/**
 * id(): a number per object, stable for the object's life and the same on every run of the
 * same program (no identity hash codes, which differ between JVM runs). Numbers look like
 * CPython's addresses; they come from the object's serial number in its run.
 */
public final class ObjectIds {

    private static final long BASE = 0x7F3A_2C10_0000L;
    private static final long STEP = 0x30;

    private ObjectIds() {}

    /** The id of {@code o} in this run: the address-like number identity hashes are made from too. */
    public static long of(Interpreter in, PyObject o) {
        return BASE + in.serialOf(o) * STEP;
    }
}
