package dev.interleave.vm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a thread's Python stack without running any code, for the inspector. */
public final class StackSnapshot {

    private StackSnapshot() {}

    /** The frames of {@code ts}, outermost first (innermost last, as a traceback lists them). */
    public static List<FrameView> frames(ThreadState ts) {
        List<FrameView> out = new ArrayList<>();
        for (Frame f = ts.top; f != null; f = f.back) {
            out.add(view(ts.in, f));
        }
        Collections.reverse(out);
        return out;
    }

    private static FrameView view(Interpreter in, Frame f) {
        PyCode code = f.code;
        Map<String, String> locals = new LinkedHashMap<>();
        if (f.localsDict != null || code.name.equals("<module>")) {
            namespace(in, f.localsDict != null ? f.localsDict : f.globals, locals);
        } else {
            for (int i = 0; i < code.varnames.length; i++) {
                put(in, locals, code.varnames[i], f.locals[i]);
            }
            int ncell = code.cellvars.length;
            for (int i = 0; i < f.cells.length; i++) {
                String name = i < ncell ? code.cellvars[i] : code.freevars[i - ncell];
                PyCell cell = f.cells[i];
                put(in, locals, name, cell == null ? null : cell.value);
            }
        }
        return new FrameView(code.name, code.source.name(), f.line(), code.source.isLibrary(), locals);
    }

    /** A module's (or class body's) variables, without the dunders, modules, functions and classes. */
    private static void namespace(Interpreter in, PyDict g, Map<String, String> out) {
        for (int e = g.nextEntry(0); e >= 0; e = g.nextEntry(e + 1)) {
            if (!(g.keyAt(e) instanceof PyStr k) || k.value.startsWith("__")) {
                continue;
            }
            PyObject v = g.valueAt(e);
            if (v instanceof PyModule || v instanceof PyFunction || v instanceof PyType) {
                continue;
            }
            put(in, out, k.value, v);
        }
    }

    private static void put(Interpreter in, Map<String, String> out, String name, PyObject v) {
        if (v != null && !out.containsKey(name)) {
            out.put(name, SafeRepr.of(in, v));
        }
    }
}
