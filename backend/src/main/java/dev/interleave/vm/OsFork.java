package dev.interleave.vm;

import dev.interleave.machine.Machine;
import dev.interleave.machine.SimProcess;
import dev.interleave.machine.SimThread;

/**
 * os.fork(): a child process with a copy of the parent's memory ({@link ObjectCopier}), its file
 * descriptors ({@link FdTable}) and the forking thread's stack ({@link FrameStackCopier}), which
 * resumes after the fork() call with 0 in its only thread, while the parent gets the child's pid.
 * The child then runs on as its parent would: to the end of the program (threads joined, atexit
 * handlers, stdout flushed, exit status as CPython's), or, forked from a thread other than the
 * main one, until that thread's function returns (the process then exits 0 without flushing, as
 * a CPython thread that is the last of its process does).
 */
final class OsFork {

    private OsFork() {}

    /** What the child does when the first frame of its copied stack returns. */
    private enum Ending {
        /** The forking thread ran the program's main module: the program's end. */
        PROGRAM,
        /** The forking thread was another thread: the process ends with it, 0, nothing flushed. */
        THREAD,
        /** The main thread of a child process (Process._bootstrap and the like): its int result. */
        BOOTSTRAP
    }

    static final PyBuiltinFunction FORK = Methods.fn("fork", (in, a, k) -> {
        ClinicArgs.none("posix.fork", a, k, 0);
        return PyInt.of(fork(in));
    });

    private static int fork(Interpreter in) {
        Machine m = in.machine();
        ThreadState ts = in.currentThread();
        FrameStackCopier.check(ts, FORK);
        SimThread forker = m.current();
        SimProcess parent = m.processes().current();
        if (parent.threadsAlive() > 1) {
            // CPython 3.12+ warns when a process with several threads forks
            Warnings.deprecated(in, "This process (pid=" + parent.pid()
                    + ") is multi-threaded, use of fork() may lead to deadlocks in the child.");
        }
        Ending ending = forker != parent.mainThread() ? Ending.THREAD
                : parent == m.rootProcess() ? Ending.PROGRAM : Ending.BOOTSTRAP;
        in.stdoutBuffer().forking();
        Interpreter child = in.forkChild();
        SimProcess p = m.processes().create("fork-" + m.processes().nextPid(), child, child.mainThread(), "fork");
        ObjectCopier c = new ObjectCopier().map(ts, child.mainThread()).map(forker, p.mainThread());
        in.copyInto(child, c);
        FrameStackCopier.Copy stack = FrameStackCopier.copy(c, ts);
        Spawn.adopt(child, c, p);
        FdTable.of(child).adopt(p);
        if (forker.handle != null) {
            p.mainThread().handle = c.copy(forker.handle);
        }
        m.processes().start(p, false, () -> run(child, stack, ending));
        return p.pid();
    }

    /** The child's only thread: the copied stack, then the end of the process; the wait status. */
    private static int run(Interpreter child, FrameStackCopier.Copy stack, Ending ending) {
        int code = 0;
        try {
            try {
                PyObject r = FrameStackCopier.resume(child, child.mainThread(), stack);
                if (ending == Ending.BOOTSTRAP && r instanceof PyInt i) {
                    code = i.isBig() ? 1 : (int) i.value;
                }
            } catch (PyException e) {
                if (ending == Ending.THREAD) {
                    throw e;
                }
                if (!e.exc.isInstance(Builtins.SYSTEM_EXIT)) {
                    child.uncaughtInMain(e.exc);
                }
                code = ExitStatus.of(child, e.exc);
            }
            if (ending == Ending.PROGRAM) {
                child.threadingShutdown();
                child.machine().processes().awaitThreads();
                child.runExitHooks();
            }
            if (ending == Ending.THREAD) {
                child.stdoutBuffer().discard();
            } else {
                child.flushOutput();
            }
        } catch (ProcessExit e) {
            child.stdoutBuffer().discard();
            code = e.code;
        } finally {
            ConnectionObject.closeAll(child);
            FdTable.of(child).closeAll();
        }
        return (code & 0xFF) << 8;
    }
}
