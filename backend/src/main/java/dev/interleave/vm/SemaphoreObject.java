package dev.interleave.vm;

import dev.interleave.lang.Operator;
import dev.interleave.machine.SimThread;
import java.util.ArrayList;
import java.util.List;

/**
 * threading.Semaphore and threading.BoundedSemaphore, as CPython 3.13's threading.py writes them
 * over a Condition: acquire waits while the value is 0 (a timed wait that runs out returns
 * False, unless the value rose meanwhile); release(n) adds n and wakes up to n waiters in FIFO
 * order, who then check the value again (the releaser, or any other thread, may take it first,
 * and a waiter that finds it taken queues again at the back). The value is a Python object with
 * Python arithmetic, so Semaphore(2.5) and Semaphore(True) behave as they do in CPython.
 */
final class SemaphoreObject extends SyncObject {

    static final PyType SEMAPHORE = new PyType("Semaphore", Builtins.OBJECT, true);
    static final PyType BOUNDED = new PyType("BoundedSemaphore", SEMAPHORE, true);

    private static final int ADD = Operator.Bin.ADD.ordinal();
    private static final int ISUB = Operator.Bin.SUB.ordinal() | Arith.INPLACE;
    private static final int IADD = Operator.Bin.ADD.ordinal() | Arith.INPLACE;
    private static final PyInt ZERO = PyInt.of(0);
    private static final PyInt ONE = PyInt.of(1);
    /** Timeouts this long (ns) or longer never run out within a run: wait without a timer. */
    private static final double FOREVER_NS = 1e18;

    /** False until __init__ ran (a subclass's __init__ may not call it): CPython has no _cond then. */
    private boolean initialized;
    PyObject value = ONE;
    /** BoundedSemaphore's _initial_value (set for both kinds; only BoundedSemaphore shows it). */
    PyObject initial = ONE;

    private SemaphoreObject(Interpreter in, PyType type) {
        super(in, type, type.isSubtypeOf(BOUNDED) ? "bounded-semaphore" : "semaphore", LATER);
    }

    /** A new semaphore: in the trace from its first __init__, which gives its initial value. */
    static SemaphoreObject allocate(Interpreter in, PyType type) {
        return new SemaphoreObject(in, type);
    }

    @Override
    public String describe() {
        return (type().isSubtypeOf(BOUNDED) ? "BoundedSemaphore " : "Semaphore ") + name;
    }

    /** Semaphore.__init__ (BoundedSemaphore's adds _initial_value, kept here for both). */
    void init(Interpreter in, PyObject v) {
        boolean negative;
        try {
            negative = Compare.lt(in, v, ZERO);
        } catch (PyException e) {
            throw ThreadingPy.frame(e, "Semaphore.__init__", 462, "value < 0");
        }
        if (negative) {
            throw ThreadingPy.frame(PyErr.valueError("semaphore initial value must be >= 0"), "Semaphore.__init__",
                    463, "raise ValueError(\"semaphore initial value must be >= 0\")");
        }
        value = v;
        initial = v;
        initialized = true;
        announce("initial", traceValue(in, v));
    }

    /** Semaphore.__init__ or, when {@code bounded}, BoundedSemaphore.__init__ (which calls it). */
    void init(Interpreter in, PyObject v, boolean bounded) {
        if (!bounded) {
            init(in, v);
            return;
        }
        try {
            init(in, v);
        } catch (PyException e) {
            throw ThreadingPy.frame(e, "BoundedSemaphore.__init__", 554, "super().__init__(value)");
        }
    }

    private void needCond() {
        if (!initialized) {
            throw PyErr.attributeError(this, "_cond");
        }
    }

    private boolean isZero(Interpreter in) {
        if (value.getClass() == PyInt.class) {
            return ((PyInt) value).signum() == 0;
        }
        try {
            return Compare.eq(in, value, ZERO);
        } catch (PyException e) {
            throw ThreadingPy.frame(e, "Semaphore.acquire", 501, "self._value == 0");
        }
    }

    /** acquire(blocking, timeout); timeout null for None. */
    boolean acquire(Interpreter in, boolean blocking, PyObject timeout) {
        if (!blocking && timeout != null) {
            throw ThreadingPy.frame(PyErr.valueError("can't specify timeout for non-blocking acquire"),
                    "Semaphore.acquire", 497, "raise ValueError(\"can't specify timeout for non-blocking acquire\")");
        }
        needCond();
        long deadline = -1;
        boolean first = true;
        while (isZero(in)) {
            if (!blocking) {
                return false;
            }
            if (timeout != null) {
                if (first) {
                    double secs;
                    try {
                        secs = seconds(in, timeout);
                    } catch (PyException e) {
                        throw ThreadingPy.frame(e, "Semaphore.acquire", 506, "_time() + timeout");
                    }
                    if (!(secs > 0)) {
                        return false; // Condition.wait(<= 0) does not block; then the time is up
                    }
                    deadline = deadlineAfter(secs);
                } else if (deadline >= 0 && machine.now() >= deadline) {
                    return false;
                }
            }
            first = false;
            waiters.add(me());
            waitUntil(deadline, "acquire");
        }
        value = Arith.binary(in, ISUB, value, ONE);
        machine.emit("semaphore.acquire", traceId, "value", traceValue(in, value), "waiters", waiterIds());
        return true;
    }

    /** release(n): BoundedSemaphore checks value + n > initial before changing anything. */
    void release(Interpreter in, PyObject n, boolean bounded) {
        String where = bounded ? "BoundedSemaphore.release" : "Semaphore.release";
        boolean tooFew;
        try {
            tooFew = Compare.lt(in, n, ONE);
        } catch (PyException e) {
            throw ThreadingPy.frame(e, where, bounded ? 572 : 526, "n < 1");
        }
        if (tooFew) {
            throw ThreadingPy.frame(PyErr.valueError("n must be one or more"), where, bounded ? 573 : 527,
                    "raise ValueError('n must be one or more')");
        }
        needCond();
        if (bounded && Ops.truthy(in, Compare.rich(in, Arith.binary(in, ADD, value, n), initial, Compare.GT))) {
            throw ThreadingPy.frame(PyErr.valueError("Semaphore released too many times"), where, 576,
                    "raise ValueError(\"Semaphore released too many times\")");
        }
        value = Arith.binary(in, IADD, value, n);
        // Condition.notify(n): while waiters and n > 0, wake the first and count n down
        List<SimThread> woke = new ArrayList<>();
        PyObject left = n;
        while (!waiters.isEmpty() && positive(in, left)) {
            woke.add(waiters.remove(0));
            left = Arith.binary(in, ISUB, left, ONE);
        }
        List<Integer> ids = new ArrayList<>(woke.size());
        for (SimThread t : woke) {
            ids.add(t.id());
        }
        machine.emit("semaphore.release", traceId, "value", traceValue(in, value), "woke", ids,
                "waiters", waiterIds());
        for (SimThread t : woke) {
            machine.wake(t);
        }
    }

    private static boolean positive(Interpreter in, PyObject n) {
        if (n.getClass() == PyInt.class) {
            return ((PyInt) n).signum() > 0;
        }
        return Ops.truthy(in, Compare.rich(in, n, ZERO, Compare.GT));
    }

    // ---- shared with BarrierObject: threading.py's timeouts and arguments ----

    /**
     * A timeout as threading.py uses it ({@code _time() + timeout}): a number of seconds, or the
     * TypeError that addition gives.
     */
    static double seconds(Interpreter in, PyObject timeout) {
        if (timeout instanceof PyFloat f) {
            return f.value;
        }
        if (timeout instanceof PyInt i) {
            return i.toDouble();
        }
        return ClinicArgs.real(in, Arith.binary(in, ADD, new PyFloat(0.0), timeout));
    }

    /**
     * The virtual time at which a wait of {@code secs} (positive) runs out, or -1 for a wait too
     * long to run out; the OverflowErrors of the lock's acquire(True, secs) beyond TIMEOUT_MAX.
     */
    static long deadlineFor(SyncObject o, double secs) {
        if (secs * 1e9 >= 0x1p63) {
            throw PyErr.overflow("timestamp out of range for platform time_t");
        }
        if (secs > LockObject.TIMEOUT_MAX) {
            throw PyErr.overflow("timeout value is too large");
        }
        double ns = secs * 1e9;
        return ns >= FOREVER_NS ? -1 : o.machine.now() + Math.round(ns);
    }

    private long deadlineAfter(double secs) {
        return deadlineFor(this, secs);
    }

    /** A Python number as a trace value (ints and floats as numbers, anything else as its repr). */
    static Object traceValue(Interpreter in, PyObject v) {
        if (v instanceof PyInt i) {
            return i.isBig() ? i.toBig() : (Object) i.value;
        }
        if (v instanceof PyFloat f) {
            return f.value;
        }
        return SafeRepr.of(in, v);
    }

    /**
     * Binds the arguments of a method written in Python in threading.py ({@code names} after
     * self; the first {@code required} have no default), with the interpreter's messages for a
     * Python function. Missing optional arguments are null.
     */
    static PyObject[] bind(String qualname, PyObject[] a, String[] k, String[] names, int required) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw - 1;
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(a, 1, out, 0, Math.min(npos, names.length));
        for (int j = 0; j < nkw; j++) {
            int slot = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(k[j])) {
                    slot = i;
                }
            }
            if (slot < 0) {
                throw PyErr.typeError(qualname + "() got an unexpected keyword argument '" + k[j] + "'");
            }
            if (out[slot] != null) {
                throw PyErr.typeError(qualname + "() got multiple values for argument '" + k[j] + "'");
            }
            out[slot] = a[a.length - nkw + j];
        }
        if (npos > names.length) {
            int max = names.length + 1;
            String takes = required == names.length
                    ? max + " positional argument" + (max == 1 ? "" : "s")
                    : "from " + (required + 1) + " to " + max + " positional arguments";
            throw PyErr.typeError(qualname + "() takes " + takes + " but " + (npos + 1) + " were given");
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                missing.add("'" + names[i] + "'");
            }
        }
        if (!missing.isEmpty()) {
            String list = missing.size() == 1 ? missing.get(0)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.getLast();
            throw PyErr.typeError(qualname + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + list);
        }
        return out;
    }

    /** None (or absent) as null. */
    static PyObject orNull(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    // ---- the Python side ----

    static {
        SEMAPHORE.setModule("threading");
        BOUNDED.setModule("threading");
        for (PyType t : new PyType[] {SEMAPHORE, BOUNDED}) {
            boolean bounded = t == BOUNDED;
            String cls = t.name();
            t.allocator((in, type, a, k) -> {
                SemaphoreObject s = allocate(in, type);
                if (type == t) { // the builtin type: no __init__ call follows
                    PyObject[] p = bind(cls + ".__init__", prepend(s, a), k, new String[] {"value"}, 0);
                    s.init(in, p[0] == null ? ONE : p[0], bounded);
                }
                return s;
            });
            Methods.def(t, "__init__", (in, a, k) -> {
                PyObject[] p = bind(cls + ".__init__", a, k, new String[] {"value"}, 0);
                ((SemaphoreObject) a[0]).init(in, p[0] == null ? ONE : p[0], bounded);
                return PyNone.NONE;
            });
            NativeCode release = (in, a, k) -> {
                PyObject[] p = bind(cls + ".release", a, k, new String[] {"n"}, 0);
                ((SemaphoreObject) a[0]).release(in, p[0] == null ? ONE : p[0], bounded);
                return PyNone.NONE;
            };
            Methods.def(t, "release", release);
            Methods.def(t, "__repr__", (in, a, k) -> {
                SemaphoreObject s = (SemaphoreObject) a[0];
                String head = "<" + ThreadingModule.className(s) + " at 0x" + Long.toHexString(ObjectIds.of(in, s));
                PyObject v = s.valueAttr();
                if (!bounded) {
                    return PyStr.of(head + ": value=" + Ops.str(in, v) + ">");
                }
                return PyStr.of(head + ": value=" + Ops.str(in, v) + "/" + Ops.str(in, s.initialAttr()) + ">");
            });
        }
        NativeCode acquire = (in, a, k) -> {
            PyObject[] p = bind("Semaphore.acquire", a, k, new String[] {"blocking", "timeout"}, 0);
            boolean blocking = p[0] == null || Ops.truthy(in, p[0]);
            return PyBool.of(((SemaphoreObject) a[0]).acquire(in, blocking, orNull(p[1])));
        };
        Methods.def(SEMAPHORE, "acquire", acquire);
        Methods.def(SEMAPHORE, "__enter__", acquire);
        Methods.def(SEMAPHORE, "__exit__", (in, a, k) -> {
            bind("Semaphore.__exit__", a, k, new String[] {"t", "v", "tb"}, 3);
            SemaphoreObject s = (SemaphoreObject) a[0];
            try {
                if (s.type().isBuiltin()) {
                    s.release(in, ONE, s.type() == BOUNDED);
                } else {
                    in.callMethod(s, "release"); // self.release(): a subclass's own release runs
                }
            } catch (PyException e) {
                throw ThreadingPy.frame(e, "Semaphore.__exit__", 533, "self.release()");
            }
            return PyNone.NONE;
        });
        Methods.getset(SEMAPHORE, "_value", (in, o) -> ((SemaphoreObject) o).valueAttr(),
                (in, o, v) -> ((SemaphoreObject) o).value = v);
        Methods.getset(BOUNDED, "_initial_value", (in, o) -> ((SemaphoreObject) o).initialAttr(),
                (in, o, v) -> ((SemaphoreObject) o).initial = v);
    }

    private PyObject valueAttr() {
        if (!initialized) {
            throw PyErr.attributeError(this, "_value");
        }
        return value;
    }

    private PyObject initialAttr() {
        if (!initialized) {
            throw PyErr.attributeError(this, "_initial_value");
        }
        return initial;
    }

    /** self followed by the call's arguments, for binding a constructor call as __init__. */
    static PyObject[] prepend(PyObject self, PyObject[] a) {
        PyObject[] full = new PyObject[a.length + 1];
        full[0] = self;
        System.arraycopy(a, 0, full, 1, a.length);
        return full;
    }
}
