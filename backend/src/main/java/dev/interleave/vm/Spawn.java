package dev.interleave.vm;

import dev.interleave.machine.SimProcess;

/**
 * The spawn start method: the child is a fresh interpreter that runs the main module again
 * under {@code __name__ == '__mp_main__'}, then receives the Process object by pickle rules:
 * functions and classes travel by name (a lambda or a local function cannot), other objects by
 * value; what pickle refuses (a lock, a generator, a module) fails in the parent with CPython's
 * message.
 */
final class Spawn {
    private Spawn() {}

    /** What the child of a spawn runs first, as CPython's {@code python -c}. */
    private static final String BOOT = "from multiprocessing.spawn import spawn_main; "
            + "spawn_main(tracker_fd=4, pipe_handle=6)";

    /** A pickled process object and its preparation data, on the way to the child. */
    static final class Pickled extends PyObject {
        final PyObject graph;
        final String name;
        PyObject prep;
        /**
         * The pipe ends in the pickle: open on the way to the child (as the fds a spawn passes
         * on), so the parent may close its own copies at once; the child's copies take over.
         */
        private final java.util.List<ConnectionObject> inTransit = new java.util.ArrayList<>();

        /** The child has its copies (or never will): the ends on the way close. */
        void arrived() {
            for (ConnectionObject c : inTransit) {
                c.close();
            }
            inTransit.clear();
        }

        Pickled(PyObject graph, String name) {
            this.graph = graph;
            this.name = name;
        }

        @Override
        public PyType type() {
            return Builtins.OBJECT;
        }
    }

    /** An object as pickle carries it to another process (see {@link #pickle}). */
    static PyObject snapshot(Interpreter in, PyObject obj) {
        return new ObjectCopier().resolveWith(o -> byName(in, o)).copy(obj);
    }

    /** A snapshot unpickled into {@code in}'s process: its functions and classes found by name there. */
    static PyObject materialize(Interpreter in, PyObject snapshot) {
        ObjectCopier c = new ObjectCopier().resolveWith(o -> byNameIn(in, o));
        PyObject obj = c.copy(snapshot);
        adopt(in, c, in.machine().processes().current());
        return obj;
    }

    /** The copies a copier made are now in process {@code p}: objects get entities, pipe ends open. */
    static void adopt(Interpreter in, ObjectCopier c, SimProcess p) {
        for (SyncObject s : c.syncObjects()) {
            s.traceId = in.machine().copyEntity(s.traceId, p);
        }
        for (ConnectionObject conn : c.connections()) {
            conn.opened(in);
        }
    }

    /**
     * multiprocessing's _pickle: a snapshot of the process object as pickle would carry it (its
     * functions and classes checked to be reachable by name, and kept as references), or
     * pickle's error.
     */
    static Pickled pickle(Interpreter in, PyObject processObj) {
        String name = Ops.str(in, Attr.get(in, processObj, "_name"));
        ObjectCopier c = new ObjectCopier().resolveWith(o -> byName(in, o));
        Pickled pk = new Pickled(c.copy(processObj), name);
        for (ConnectionObject conn : c.connections()) {
            conn.held();
            pk.inTransit.add(conn);
        }
        return pk;
    }

    private static Object byName(Interpreter in, Object o) {
        if (o instanceof PyFunction f) {
            String module = f.module instanceof PyStr s ? s.value : "__main__";
            checkReachable(in, f, module, f.qualname, "<function " + f.qualname + " at 0x"
                    + Long.toHexString(ObjectIds.of(in, f)) + ">");
            return f;
        }
        if (o instanceof PyType t && !t.isBuiltin()) {
            checkReachable(in, t, t.module(), t.qualname(), "<class '" + t.module() + "." + t.qualname() + "'>");
            return t;
        }
        if (o instanceof PyInstance inst && inst.type().lookup("__reduce__") instanceof PyFunction reduce) {
            return reduced(in, inst, reduce);
        }
        if (o instanceof PyBaseException e) {
            return pickledException(in, e);
        }
        String refused = refused(o);
        if (refused != null) {
            throw PyErr.typeError("cannot pickle '" + refused + "' object");
        }
        return null;
    }

    /**
     * An object whose class defines {@code __reduce__} in Python (a manager's proxy): pickle
     * carries the callable and arguments it returns, and the receiver calls one with the other.
     */
    static final class Reduced extends PyObject {
        final PyObject callable;
        final PyObject args;

        Reduced(PyObject callable, PyObject args) {
            this.callable = callable;
            this.args = args;
        }

        @Override
        public PyType type() {
            return Builtins.OBJECT;
        }
    }

    private static Reduced reduced(Interpreter in, PyObject o, PyFunction reduce) {
        PyObject r = in.call(reduce, o);
        if (!(r instanceof PyTuple t) || t.size() < 2 || !(t.get(1) instanceof PyTuple)) {
            throw PyErr.of((PyType) in.importModule("multiprocessing").dict().getStr("_PicklingError"),
                    "__reduce__ must return a string or tuple");
        }
        return new Reduced(snapshot(in, t.get(0)), snapshot(in, t.get(1)));
    }

    /** The receiver's side of {@link Reduced}: callable(*args), both unpickled here first. */
    private static PyObject rebuilt(Interpreter in, Reduced r) {
        PyObject callable = materialize(in, r.callable);
        PyTuple args = (PyTuple) materialize(in, r.args);
        PyObject[] a = new PyObject[args.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = args.get(i);
        }
        return in.call(callable, a);
    }

    /**
     * An exception as pickle carries it (BaseException.__reduce__): its class by name, its args
     * and attributes; not its traceback, context or cause.
     */
    private static PyBaseException pickledException(Interpreter in, PyBaseException e) {
        if (!e.type().isBuiltin()) {
            byName(in, e.type());
        }
        PyBaseException n = new PyBaseException(e.type(), (PyTuple) snapshot(in, e.args));
        PyDict d = e.dict();
        if (d.size() > 0) {
            n.dict().update(in, (PyDict) snapshot(in, d));
        }
        return n;
    }

    /** The name pickle gives a thread-world object it cannot carry, or null. */
    private static String refused(Object o) {
        if (o instanceof SharedAcrossProcesses) {
            return null;
        }
        if (o instanceof LockObject l) {
            return l.reentrant ? "_thread.RLock" : "_thread.lock";
        }
        if (o instanceof SimpleQueueObject) {
            return "_queue.SimpleQueue";
        }
        if (o instanceof SyncObject) {
            return "_thread.lock";
        }
        if (o instanceof PyModule) {
            return "module";
        }
        if (o instanceof PyGenerator g) {
            return g.type().name();
        }
        return null;
    }

    private static void checkReachable(Interpreter in, PyObject o, String module, String qualname, String repr) {
        if (qualname.contains("<locals>")) {
            throw PyErr.of(Builtins.ATTRIBUTE_ERROR, "Can't get local object '" + qualname + "'");
        }
        PyObject found = lookup(in, module, qualname);
        if (found != o) {
            PyType error = (PyType) in.importModule("multiprocessing").dict().getStr("_PicklingError");
            throw PyErr.of(error, "Can't pickle " + repr + ": attribute lookup " + qualname + " on " + module
                    + " failed");
        }
    }

    /** module.qualname in {@code in}, or null. */
    private static PyObject lookup(Interpreter in, String module, String qualname) {
        if (module.startsWith("multiprocessing.")) {
            PyModule mp = in.modules().get("multiprocessing");
            PyObject names = mp == null ? null : mp.dict().getStr("_pickle_names");
            if (names instanceof PyDict d) {
                PyObject found = d.getStr(module.substring("multiprocessing.".length()) + "." + qualname);
                if (found != null) {
                    return found;
                }
            }
        }
        PyModule m = in.modules().get(module);
        if (m == null && module.startsWith("multiprocessing.")) {
            try {
                m = in.importModule(module); // pickle's find_class imports the module (managers, multiprocessing.pool)
            } catch (PyException e) {
                return null;
            }
        }
        if (m == null) {
            return null;
        }
        PyObject cur = m;
        for (String part : qualname.split("\\.")) {
            PyDict d = cur.dict();
            PyObject next = d == null ? null : d.getStr(part);
            if (next == null && cur instanceof PyType t) {
                next = t.lookup(part);
            }
            if (next == null) {
                return null;
            }
            cur = next instanceof PyWrappedMethod w ? w.func : next; // a classmethod's function
        }
        return cur;
    }

    /** The child's main thread: CPython's {@code python -c "...spawn_main(...)"}; returns the exit code. */
    static int boot(Interpreter child) {
        PyCode code = dev.interleave.lang.Compiler.compile(BOOT, "<string>");
        PyDict g = new PyDict();
        g.putStr("__name__", PyStr.of("__main__"));
        g.putStr("__builtins__", new PyModule("builtins", child.builtinsDict()));
        child.runModule(code, g);
        return 0;
    }

    /** spawn's _main, in the child: the process object, its functions and classes found by name here. */
    static PyObject receive(Interpreter child, SimProcess self) {
        Pickled pk = (Pickled) self.handle;
        ObjectCopier c = new ObjectCopier().resolveWith(o -> byNameIn(child, o));
        PyObject obj = c.copy(pk.graph);
        adopt(child, c, self);
        pk.arrived();
        return obj;
    }

    /** The child's function or class of the same name as the parent's {@code o}; null for other objects. */
    private static PyObject byNameIn(Interpreter child, Object o) {
        if (o instanceof Reduced r) {
            return rebuilt(child, r);
        }
        String module;
        String qualname;
        if (o instanceof PyFunction f) {
            module = f.module instanceof PyStr s ? s.value : "__main__";
            qualname = f.qualname;
        } else if (o instanceof PyType t && !t.isBuiltin()) {
            module = t.module();
            qualname = t.qualname();
        } else {
            return null;
        }
        if (!child.modules().containsKey(module)) {
            importQuietly(child, module); // as pickle's find_class imports the module first
        }
        PyObject found = lookup(child, module, qualname);
        if (found == null) {
            PyModule m = child.modules().get(module);
            throw PyErr.of(Builtins.ATTRIBUTE_ERROR, "Can't get attribute '" + qualname + "' on "
                    + (m == null ? "<module '" + module + "'>" : Ops.repr(child, m)));
        }
        return found;
    }

    /** Imports {@code module} in {@code in}; a module that cannot be imported is simply not there. */
    private static void importQuietly(Interpreter in, String module) {
        try {
            in.importModule(module);
        } catch (PyException e) {
            // lookup finds nothing, and the caller reports the attribute as pickle would
        }
    }

    /** The preparation data, copied into the child. */
    static PyObject preparation(SimProcess self) {
        return new ObjectCopier().copy(((Pickled) self.handle).prep);
    }

    /** runpy's module for the main code run again: __mp_main__, also the child's __main__. */
    static PyDict newMainGlobals(Interpreter child, String runName, PyObject path) {
        PyModule m = new PyModule(runName);
        PyDict g = m.dict();
        g.putStr("__name__", PyStr.of(runName));
        g.putStr("__builtins__", new PyModule("builtins", child.builtinsDict()));
        g.putStr("__doc__", PyNone.NONE);
        g.putStr("__file__", path);
        child.modules().put("__mp_main__", m);
        child.modules().put("__main__", m);
        return g;
    }

    /** runpy's exec(code, run_globals): the program's code again, in the child. */
    static void execMain(Interpreter child, PyDict globals) {
        child.runModule(child.mainCode(), globals);
    }
}
