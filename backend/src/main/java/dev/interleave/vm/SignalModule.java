package dev.interleave.vm;

import dev.interleave.machine.SimProcess;

/**
 * The signal module: handlers run in the main thread of their process between bytecodes (the
 * machine delivers them); SIG_DFL's action is the default one (terminate, or KeyboardInterrupt
 * for SIGINT); alarm arms a SIGALRM timer on virtual time. Signals and Handlers are Python
 * (resource signal.py).
 */
final class SignalModule implements NativeModule {

    @Override
    public String name() {
        return "signal";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("signal");
        in.modules().put("signal", m);
        try {
            PyDict d = m.dict();
            for (PyBuiltinFunction f : NATIVES) {
                d.putStr(f.name, f);
            }
            LibrarySource.exec(in, m, "signal.py");
        } catch (RuntimeException e) {
            in.modules().remove("signal");
            throw e;
        }
        return m;
    }

    private static int signum(Interpreter in, PyObject o) {
        long n = ClinicArgs.ssize(in, o);
        if (n < 1 || n >= 65) {
            throw PyErr.valueError("signal number out of range");
        }
        return (int) n;
    }

    private static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("_set_handler", (in, a, k) -> {
            int sig = signum(in, a[0]);
            if (in.machine().current() != in.machine().mainThread()) {
                throw PyErr.valueError("signal only works in main thread of the main interpreter");
            }
            if (sig == SignalState.SIGKILL || sig == SignalState.SIGSTOP) {
                throw OsModule.osError(in, Builtins.OS_ERROR, 22, "Invalid argument");
            }
            return in.signals().set(sig, a[1]);
        }),
        Methods.fn("_get_handler", (in, a, k) -> in.signals().get(signum(in, a[0]))),
        Methods.fn("default_int_handler", (in, a, k) -> {
            throw PyErr.ofNoArgs(Builtins.KEYBOARD_INTERRUPT);
        }),
        Methods.fn("alarm", (in, a, k) -> {
            long secs = ClinicArgs.ssize(in, ClinicArgs.one("alarm", a, k, 0));
            SimProcess p = in.machine().processes().current();
            return PyInt.of(in.machine().processes().alarm(p, Math.max(0, secs) * 1_000_000_000L));
        }),
        Methods.fn("_raise_signal", (in, a, k) -> {
            int sig = signum(in, a[0]);
            in.machine().processes().signal(in.machine().processes().current(), sig);
            return PyNone.NONE;
        }),
    };
}
