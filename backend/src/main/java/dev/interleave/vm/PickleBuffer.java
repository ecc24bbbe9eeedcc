package dev.interleave.vm;

/**
 * What multiprocessing's ForkingPickler.dumps writes to (resource multiprocessing/reduction.py):
 * its {@code _dump} takes the snapshot pickle would carry (or raises pickle's error, with no
 * Python frame of its own, as CPython's C pickler), {@code getbuffer} gives the pickled object
 * that a Connection then sends.
 */
final class PickleBuffer extends PyObject {

    static final PyType TYPE = new PyType("PickleBuffer", Builtins.OBJECT, true);

    private ChannelObject.Item item;

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The pickled object and its repr, for the channel it is sent on. */
    ChannelObject.Item item() {
        if (item == null) {
            throw PyErr.valueError("nothing was pickled");
        }
        return item;
    }

    static {
        TYPE.setModule("multiprocessing.reduction");
        Methods.def(TYPE, "_dump", (in, a, k) -> {
            PyObject obj = ClinicArgs.one("dump", a, k, 1);
            ((PickleBuffer) a[0]).item = new ChannelObject.Item(Spawn.snapshot(in, obj), QueueObject.repr(in, obj));
            return PyNone.NONE;
        });
        Methods.def(TYPE, "getbuffer", (in, a, k) -> a[0]);
    }
}
