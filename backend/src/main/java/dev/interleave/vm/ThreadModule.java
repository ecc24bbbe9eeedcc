package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimThread;

/**
 * The _thread module: start_new_thread, locks and idents. Its threads are like daemons: the
 * program does not wait for them at exit.
 */
final class ThreadModule implements NativeModule {

    @Override
    public String name() {
        return "_thread";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_thread");
        PyDict d = m.dict();
        PyBuiltinFunction start = Methods.fn("start_new_thread", ThreadModule::startNewThread);
        d.putStr("start_new_thread", start);
        d.putStr("start_new", start);
        PyBuiltinFunction allocate = Methods.fn("allocate_lock", (i, a, k) -> {
            ClinicArgs.none("allocate_lock", a, k, 0);
            return new LockObject(i, false);
        });
        d.putStr("allocate_lock", allocate);
        d.putStr("allocate", allocate);
        d.putStr("LockType", LockObject.LOCK);
        d.putStr("lock", LockObject.LOCK);
        d.putStr("RLock", LockObject.RLOCK);
        d.putStr("_local", LocalObject.TYPE);
        d.putStr("error", Builtins.RUNTIME_ERROR);
        d.putStr("TIMEOUT_MAX", new PyFloat(LockObject.TIMEOUT_MAX));
        d.putStr("_excepthook", ThreadingModule.EXCEPTHOOK);
        d.putStr("get_ident", Methods.fn("get_ident", (i, a, k) -> {
            ClinicArgs.none("get_ident", a, k, 0);
            return PyInt.of(ThreadingModule.identOf(i.machine().current()));
        }));
        d.putStr("get_native_id", Methods.fn("get_native_id", (i, a, k) -> {
            ClinicArgs.none("get_native_id", a, k, 0);
            return PyInt.of(ThreadingModule.nativeIdOf(i.machine().current()));
        }));
        d.putStr("_count", Methods.fn("_count", (i, a, k) -> {
            int n = 0;
            for (SimThread t : i.machine().threads()) {
                if (!t.isMain() && t.status().label.matches("ready|running|gil-wait|blocked|sleeping")) {
                    n++;
                }
            }
            return PyInt.of(n);
        }));
        d.putStr("exit", Methods.fn("exit", (i, a, k) -> {
            throw PyErr.ofNoArgs(Builtins.SYSTEM_EXIT);
        }));
        d.putStr("stack_size", Methods.fn("stack_size", (i, a, k) -> PyInt.of(0)));
        return m;
    }

    private static PyObject startNewThread(Interpreter in, PyObject[] a, String[] k) {
        Args.noKeywords("start_new_thread", k);
        ClinicArgs.positional("start_new_thread", a, k, 0, 2, 3);
        PyObject fn = a[0];
        if (!BuiltinFunctions.isCallable(fn)) {
            throw PyErr.typeError("first arg must be callable");
        }
        if (!(a[1] instanceof PyTuple args)) {
            throw PyErr.typeError("2nd arg must be a tuple");
        }
        PyObject kwargs = a.length > 2 ? a[2] : null;
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw PyErr.typeError("optional 3rd arg must be a dictionary");
        }
        Machine machine = in.machine();
        PyObject nameObj = Attr.getOrNull(in, fn, "__name__");
        String name = nameObj instanceof PyStr s ? s.value : "thread";
        SimThread t = machine.createThread(name, true, new ThreadState(in));
        machine.start(t, () -> {
            try {
                callWith(in, fn, args, (PyDict) kwargs);
            } catch (PyException e) {
                if (!e.exc.isInstance(Builtins.SYSTEM_EXIT)) {
                    in.stderr("Exception ignored in thread started by: " + Ops.repr(in, fn) + "\n"
                            + TracebackPrinter.format(in, e.exc));
                }
            }
        });
        return PyInt.of(ThreadingModule.identOf(t));
    }

    /** fn(*args, **kwargs) */
    static PyObject callWith(Interpreter in, PyObject fn, PyTuple args, PyDict kwargs) {
        int n = args.size();
        int nk = kwargs == null ? 0 : kwargs.size();
        PyObject[] all = new PyObject[n + nk];
        for (int i = 0; i < n; i++) {
            all[i] = args.get(i);
        }
        String[] names = nk == 0 ? null : new String[nk];
        if (nk > 0) {
            PyObject[] keys = kwargs.keysArray();
            PyObject[] values = kwargs.valuesArray();
            for (int i = 0; i < nk; i++) {
                if (!(keys[i] instanceof PyStr s)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                names[i] = s.value;
                all[n + i] = values[i];
            }
        }
        return in.call(fn, all, names);
    }
}
