package dev.interleave.vm;

import dev.interleave.machine.SimThread;
import java.util.ArrayList;
import java.util.List;

/** threading.Event: a flag; set() wakes every waiter, and later waits return at once. */
final class EventObject extends SyncObject {

    static final PyType TYPE = new PyType("Event", Builtins.OBJECT, true);

    boolean flag;

    EventObject(Interpreter in, PyType type) {
        super(in, type, "event");
    }

    @Override
    public String describe() {
        return "Event " + name;
    }

    void set() {
        flag = true;
        List<SimThread> woke = new ArrayList<>(waiters);
        waiters.clear();
        List<Integer> ids = new ArrayList<>();
        for (SimThread t : woke) {
            ids.add(t.id());
        }
        machine.emit("event.set", traceId, "flag", true, "woke", ids);
        for (SimThread t : woke) {
            machine.wake(t);
        }
    }

    void clear() {
        flag = false;
        machine.emit("event.clear", traceId, "flag", false);
    }

    /** Returns the flag, so False only when the wait timed out. */
    boolean await(long timeoutNs) {
        if (flag) {
            return true;
        }
        if (timeoutNs == 0) {
            return false;
        }
        waiters.add(me());
        machine.emit("event.wait", traceId, "flag", false, "waiters", waiterIds(), "waiting", waiters.size());
        return waitUntil(deadline(timeoutNs), "wait") || flag;
    }

    static {
        TYPE.setModule("threading");
        TYPE.allocator((in, t, a, k) -> {
            if (t == TYPE) {
                ClinicArgs.none("Event", a, k, 0);
            }
            return new EventObject(in, t);
        });
        Methods.def(TYPE, "__init__", (in, a, k) -> {
            ClinicArgs.none("Event.__init__", a, k, 1);
            ((EventObject) a[0]).flag = false;
            return PyNone.NONE;
        });
        Methods.def(TYPE, "is_set", (in, a, k) -> PyBool.of(((EventObject) a[0]).flag));
        Methods.def(TYPE, "isSet", (in, a, k) -> {
            Warnings.deprecated(in, "isSet() is deprecated, use is_set() instead");
            return PyBool.of(((EventObject) a[0]).flag);
        });
        Methods.def(TYPE, "set", (in, a, k) -> {
            ((EventObject) a[0]).set();
            return PyNone.NONE;
        });
        Methods.def(TYPE, "clear", (in, a, k) -> {
            ((EventObject) a[0]).clear();
            return PyNone.NONE;
        });
        Methods.def(TYPE, "wait", (in, a, k) -> {
            PyObject[] p = Args.parse("wait", a, k, 1, new String[] {"timeout"}, 0);
            return PyBool.of(((EventObject) a[0]).await(ThreadingModule.timeoutArg(in, p[0])));
        });
        Methods.def(TYPE, "__repr__", (in, a, k) -> {
            EventObject e = (EventObject) a[0];
            return PyStr.of("<" + ThreadingModule.className(e) + " at 0x" + Long.toHexString(ObjectIds.of(in, e))
                    + ": " + (e.flag ? "set" : "unset") + ">");
        });
    }
}
