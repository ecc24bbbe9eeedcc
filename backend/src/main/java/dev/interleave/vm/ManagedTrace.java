package dev.interleave.vm;

/**
 * The trace of a manager's shared objects (docs/trace.md): each object the server creates is
 * an entity of kind {@code managed}, named after the variable the program stores its proxy in,
 * and each call a proxy makes on it is a {@code manager.call} event of the server thread that
 * ran it, with the object's contents after the call.
 */
final class ManagedTrace {
    private ManagedTrace() {}

    /** The longest repr a detail keeps. */
    private static final int MAX = 120;

    static final PyBuiltinFunction[] NATIVES = {
        // the name the program gives the object being created (x = m.list() gives "x"), else "list-1"
        Methods.fn("_assigned_name", (in, a, k) -> PyStr.of(Naming.userAssignedName(in.currentThread(), Ops.str(in, a[0])))),
        // the name the server's thread gives the objects it creates now (None: back to its own)
        Methods.fn("_name_hint", (in, a, k) -> {
            in.currentThread().nameHint = a[0] == PyNone.NONE ? null : Ops.str(in, a[0]);
            return PyNone.NONE;
        }),
        Methods.fn("_safe_repr", (in, a, k) -> PyStr.of(cut(SafeRepr.of(in, a[0])))),
        // _managed_new(typeid, name, obj, referent_repr) -> entity id
        Methods.fn("_managed_new", (in, a, k) -> {
            int object = a[2] instanceof SyncObject s ? s.traceId() : -1;
            int id = in.machine().newObject("managed", Ops.str(in, a[1]), 0, "typeid", Ops.str(in, a[0]),
                    "object", object);
            in.machine().emit("manager.create", id, "typeid", Ops.str(in, a[0]), "referent", Ops.str(in, a[3]));
            return PyInt.of(id);
        }),
        // _managed_call(entity, method, args, outcome, value, referent_repr)
        Methods.fn("_managed_call", (in, a, k) -> {
            in.machine().emit("manager.call", (int) ClinicArgs.ssize(in, a[0]), "method", Ops.str(in, a[1]),
                    "args", cut(SafeRepr.of(in, a[2])), "outcome", Ops.str(in, a[3]),
                    "value", cut(SafeRepr.of(in, a[4])), "referent", Ops.str(in, a[5]));
            return PyNone.NONE;
        }),
    };

    private static String cut(String s) {
        return s.length() > MAX ? s.substring(0, MAX - 3) + "..." : s;
    }
}
