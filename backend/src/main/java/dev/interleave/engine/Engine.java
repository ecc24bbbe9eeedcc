package dev.interleave.engine;

import dev.interleave.lang.Compiler;
import dev.interleave.lang.PySyntaxError;
import dev.interleave.vm.Builtins;
import dev.interleave.vm.Interpreter;
import dev.interleave.vm.LimitExceeded;
import dev.interleave.vm.Ops;
import dev.interleave.vm.PyBaseException;
import dev.interleave.vm.PyCode;
import dev.interleave.vm.PyException;
import dev.interleave.vm.PyInt;
import dev.interleave.vm.PyNone;
import dev.interleave.vm.PyObject;
import dev.interleave.vm.TracebackPrinter;
import java.nio.charset.StandardCharsets;

/** The engine's front door: compiles and runs one program on the simulated machine. No global state. */
public final class Engine {

    public RunResult run(String fileName, String source, RunOptions options, OutputSink out) {
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
            code = Compiler.compile(source, fileName);
        } catch (PySyntaxError e) {
            out.stderr(TracebackPrinter.formatSyntaxError(fileName, source, e));
            return new RunResult(1, RunResult.Ending.SYNTAX_ERROR, "");
        }
        Interpreter in = new Interpreter(out, limits, options.seed());
        in.setArgv(new String[] {fileName});
        try {
            in.runModule(code, in.mainGlobals());
            return new RunResult(0, RunResult.Ending.FINISHED, "");
        } catch (PyException e) {
            return uncaught(in, e.exc, out);
        } catch (LimitExceeded e) {
            out.stderr("interleave: " + e.getMessage() + "\n");
            return new RunResult(4, RunResult.Ending.LIMIT, e.getMessage());
        } catch (OutOfMemoryError e) {
            String msg = "heap limit reached: the program used more memory than the engine allows";
            out.stderr("interleave: " + msg + "\n");
            return new RunResult(4, RunResult.Ending.LIMIT, msg);
        }
    }

    private static RunResult uncaught(Interpreter in, PyBaseException exc, OutputSink out) {
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
