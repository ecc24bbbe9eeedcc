package dev.interleave.engine;

import dev.interleave.lang.Compiler;
import dev.interleave.lang.PySyntaxError;
import dev.interleave.vm.Builtins;
import dev.interleave.machine.Machine;
import dev.interleave.util.OnThread;
import dev.interleave.machine.ReplayPolicy;
import dev.interleave.machine.RunStopped;
import dev.interleave.vm.ProcessExit;
import dev.interleave.vm.RunCancelled;
import dev.interleave.machine.SchedulePolicy;
import dev.interleave.machine.Trace;
import dev.interleave.vm.Interpreter;
import dev.interleave.vm.LimitExceeded;
import dev.interleave.vm.Ops;
import dev.interleave.vm.PyBaseException;
import dev.interleave.vm.PyCode;
import dev.interleave.vm.PyException;
import dev.interleave.vm.PyInt;
import dev.interleave.vm.PyNone;
import dev.interleave.vm.PyObject;
import dev.interleave.vm.StackSnapshot;
import dev.interleave.vm.TracebackPrinter;
import dev.interleave.machine.SimThread;
import dev.interleave.machine.Status;
import dev.interleave.machine.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.nio.charset.StandardCharsets;

/** The engine's front door: compiles and runs one program on the simulated machine. No global state. */
public final class Engine {

    public RunResult run(String fileName, String source, RunOptions options, OutputSink out) {
        return run(fileName, source, options, out, RunHooks.NONE);
    }

    /** As {@link #run(String, String, RunOptions, OutputSink)}, with a live view attached. */
    public RunResult run(String fileName, String source, RunOptions options, OutputSink out, RunHooks hooks) {
        Limits limits = options.limits();
        int size = source.getBytes(StandardCharsets.UTF_8).length;
        if (size > limits.maxSourceBytes()) {
            String msg = "source-size limit reached: the program has " + size + " bytes, more than the "
                    + limits.maxSourceBytes() + " allowed";
            out.stderr("interleave: " + msg + "\n");
            return new RunResult(4, RunResult.Ending.LIMIT, msg);
        }
        PyCode code;
        try {
            code = compile(fileName, source);
        } catch (PySyntaxError e) {
            out.stderr(TracebackPrinter.formatSyntaxError(fileName, source, e));
            return new RunResult(1, RunResult.Ending.SYNTAX_ERROR, "");
        }
        return run(fileName, code, options, out, hooks);
    }

    /**
     * Compiles a program for {@link #run(String, PyCode, RunOptions, OutputSink, RunHooks)}: a
     * server checks the syntax and runs what it compiled, once.
     */
    public PyCode compile(String fileName, String source) {
        return Compiler.compile(source, fileName);
    }

    /** Runs a program {@link #compile compiled} for this run (a code object serves one run only). */
    public RunResult run(String fileName, PyCode code, RunOptions options, OutputSink out, RunHooks hooks) {
        // the main thread runs on a virtual thread, like every other simulated thread, so that
        // handing the CPU from one to another never waits for the operating system
        return OnThread.call(Thread.ofVirtual().name("interleave MainThread"),
                () -> execute(fileName, code, options, out, hooks, null));
    }

    /**
     * Runs the program again to event {@code seq} and returns every live thread's stack and
     * variables just after it, or null when the run ends before that event (or does not
     * compile). A run is a pure function of its source, options and decisions, so with the
     * decisions of an earlier run ({@link RunOptions#replay()}) this shows that run's state.
     */
    public Inspection inspect(String fileName, String source, RunOptions options, long seq) {
        return inspect(fileName, source, options, seq, () -> false);
    }

    /** As {@link #inspect(String, String, RunOptions, long)}; {@code stop} returning true gives up (null). */
    public Inspection inspect(String fileName, String source, RunOptions options, long seq, BooleanSupplier stop) {
        PyCode code;
        try {
            code = Compiler.compile(source, fileName);
        } catch (PySyntaxError e) {
            return null;
        }
        Probe probe = new Probe(seq);
        OnThread.call(Thread.ofVirtual().name("interleave MainThread"),
                () -> execute(fileName, code, options.withKeepTrace(false), OutputSink.DISCARD,
                        new RunHooks(null, null, null, () -> probe.taken() || stop.getAsBoolean()), probe));
        return probe.result;
    }

    /** Takes the snapshot when the trace reaches its event; the run stops at its next visit. */
    private static final class Probe {
        final long seq;
        Machine machine;
        Inspection result;

        Probe(long seq) {
            this.seq = seq;
        }

        boolean taken() {
            return result != null;
        }

        /** The event the snapshot is for, heard before the machine was there to read (the run's first events). */
        private TraceEvent early;

        void event(TraceEvent e) {
            if (e.seq() != seq || result != null) {
                return;
            }
            if (machine == null) {
                early = e; // the interpreter is still being built: the snapshot waits for it
                return;
            }
            take(e);
        }

        /** The machine is there: takes a snapshot the first events asked for. */
        void machineReady(Machine m) {
            machine = m;
            if (early != null && result == null) {
                take(early);
            }
        }

        private void take(TraceEvent e) {
            List<Inspection.ThreadStack> threads = new ArrayList<>();
            for (SimThread t : machine.threads()) {
                if (t.status() != Status.NEW && t.status() != Status.DONE && t.status() != Status.CUT_OFF) {
                    threads.add(new Inspection.ThreadStack(t.id(), t.name(), t.status().label,
                            StackSnapshot.frames(t.state())));
                }
            }
            result = new Inspection(e.seq(), e.time(), List.copyOf(threads));
        }
    }

    private RunResult execute(String fileName, PyCode code, RunOptions options, OutputSink out, RunHooks hooks,
            Probe probe) {
        Limits limits = options.limits();
        Trace trace = new Trace(options.keepTrace(), limits.maxTraceEvents());
        trace.listen(hooks.entities(), probe != null ? probe::event : hooks.events());
        SchedulePolicy policy = hooks.policy() != null ? hooks.policy() : policy(options);
        Interpreter in = new Interpreter(out, limits, options.seed(), options.machine(), policy, trace);
        in.setCancelled(hooks.cancelled());
        if (probe != null) {
            probe.machineReady(in.machine());
        }
        Machine machine = in.machine();
        in.setArgv(new String[] {fileName});
        in.setStartMethod(options.startMethod());
        try {
            RunResult result;
            try {
                in.runModule(code, in.mainGlobals());
                result = new RunResult(0, RunResult.Ending.FINISHED, "");
            } catch (PyException e) {
                result = uncaught(in, e.exc, out);
            } catch (ProcessExit e) {
                machine.processes().rootExitNow(e.code() & 0xFF);
                return finished(new RunResult(e.code() & 0xFF, RunResult.Ending.EXIT, ""), machine);
            }
            in.threadingShutdown();
            machine.mainFinished(result.exitStatus());
            return finished(result, machine);
        } catch (dev.interleave.machine.ProcessKilled e) {
            return finished(new RunResult(e.shellStatus(), RunResult.Ending.EXIT, ""), machine);
        } catch (RunCancelled e) {
            return finished(new RunResult(4, RunResult.Ending.CANCELLED, e.getMessage()), machine);
        } catch (RunStopped e) {
            if (e.why == RunStopped.Why.CANCELLED) {
                return finished(new RunResult(4, RunResult.Ending.CANCELLED, e.getMessage()), machine);
            }
            int status = e.why == RunStopped.Why.DEADLOCK ? 3 : 4;
            out.stderr("interleave: " + e.getMessage() + (e.getMessage().endsWith("\n") ? "" : "\n"));
            RunResult.Ending ending = e.why == RunStopped.Why.DEADLOCK ? RunResult.Ending.DEADLOCK
                    : RunResult.Ending.LIMIT;
            return finished(new RunResult(status, ending, e.getMessage()), machine);
        } catch (LimitExceeded e) {
            return finished(limit(e.getMessage(), out), machine);
        } catch (ReplayPolicy.ReplayDiverged e) {
            return finished(limit(e.getMessage(), out), machine);
        } catch (OutOfMemoryError e) {
            return finished(limit("heap limit reached: the program used more memory than the engine allows", out),
                    machine);
        } finally {
            machine.close();
        }
    }

    private static SchedulePolicy policy(RunOptions options) {
        if (options.replay() != null) {
            return SchedulePolicy.replay(options.replay());
        }
        return switch (options.policy()) {
            case "round-robin" -> SchedulePolicy.roundRobin();
            case "random" -> SchedulePolicy.seeded(options.seed());
            default -> throw new IllegalArgumentException("unknown schedule policy: " + options.policy());
        };
    }

    private static RunResult limit(String msg, OutputSink out) {
        out.stderr("interleave: " + msg + "\n");
        return new RunResult(4, RunResult.Ending.LIMIT, msg);
    }

    private static RunResult finished(RunResult r, Machine machine) {
        return new RunResult(r.exitStatus(), r.ending(), r.message(), RunSummary.of(machine), machine.trace());
    }

    private static RunResult uncaught(Interpreter in, PyBaseException exc, OutputSink out) {
        if (!exc.isInstance(Builtins.SYSTEM_EXIT)) {
            in.uncaughtInMain(exc);
        }
        if (exc.isInstance(Builtins.SYSTEM_EXIT)) {
            PyObject code = exc.args.size() == 0 ? PyNone.NONE : exc.args.size() == 1 ? exc.args.get(0) : exc.args;
            if (code == PyNone.NONE) {
                return new RunResult(0, RunResult.Ending.EXIT, "");
            }
            if (code instanceof PyInt i) {
                return new RunResult((int) (i.isBig() ? 1 : i.value & 0xFF), RunResult.Ending.EXIT, "");
            }
            out.stderr(Ops.str(in, code) + "\n");
            return new RunResult(1, RunResult.Ending.EXIT, "");
        }
        out.stderr(TracebackPrinter.format(in, exc));
        return new RunResult(1, RunResult.Ending.UNCAUGHT_EXCEPTION, "");
    }
}
