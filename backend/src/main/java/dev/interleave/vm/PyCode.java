package dev.interleave.vm;

/**
 * A compiled function, class body or module: instructions, constants, names, and for each
 * instruction its source range. An instruction is one int: opcode in the low 8 bits, argument
 * above ({@link Opcode}).
 */
public final class PyCode extends PyObject {

    public static final int VARARGS = 1;
    public static final int VARKEYWORDS = 2;
    public static final int GENERATOR = 4;
    public static final int COROUTINE = 8;
    public static final int ASYNC_GENERATOR = 16;
    /** Names resolve through a locals dict (module and class bodies). */
    public static final int NAME_LOCALS = 32;
    /** List, set and dict comprehensions: CPython 3.12+ inlines them, so tracebacks do not show them. */
    public static final int HIDDEN = 64;

    public final String name;
    public final String qualname;
    public final SourceFile source;
    public final int[] code;
    /**
     * The instructions as the loop runs them: {@link #code} with pairs fused (see
     * {@link Superinstructions}) and each opcode replaced by its case number in the loop's
     * switch ({@link DispatchOrder}); arguments and positions unchanged.
     */
    final int[] loopCode;
    public final PyObject[] consts;
    public final String[] names;
    /** {@link #names} as str objects: the keys an instance dict keeps for attributes this code stores. */
    final PyStr[] nameStrs;
    /** Fast locals: parameters first, then other locals. */
    public final String[] varnames;
    /** Cells created by this frame, then free variables taken from the closure. */
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cell variable that is also a parameter, the parameter's index, else -1. */
    public final int[] cellArgs;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int stacksize;
    public final int firstLine;
    /** Four ints per instruction: line, column, end line, end column (0-based columns). */
    public final int[] positions;
    /** Four ints per entry: start, end (exclusive), handler, stack depth; the first match wins. */
    public final int[] exceptionTable;
    /** The docstring of a function body, or null. */
    public String doc;
    /**
     * Library code standing in for what CPython writes in C (asyncio's Future and Task): its
     * frames never appear in tracebacks, as C functions' do not.
     */
    boolean invisible;
    /** Positional parameters only, no cells, not a generator: a call with exactly argcount arguments just copies them. */
    final boolean simple;
    /** LOAD_GLOBAL cache, per name: the value and the globals/builtins versions it was read at. */
    final PyObject[] globalValue;
    final int[] globalVersion;
    final int[] builtinsVersion;
    /** Inline caches of the attribute instructions, by instruction index. */
    final TypeSite[] sites;
    /**
     * A frame of this code that returned normally and that nothing else holds, kept for the next
     * call of a simple function ({@link Frames}): a third of what a program allocates is frames.
     */
    Frame spare;

    public PyCode(String name, String qualname, SourceFile source, int[] code, PyObject[] consts, String[] names,
                  String[] varnames, String[] cellvars, String[] freevars, int[] cellArgs, int argcount,
                  int posonlyargcount, int kwonlyargcount, int flags, int stacksize, int firstLine,
                  int[] positions, int[] exceptionTable) {
        this(name, qualname, source, code, consts, names, varnames, cellvars, freevars, cellArgs, argcount,
                posonlyargcount, kwonlyargcount, flags, stacksize, firstLine, positions, exceptionTable, null);
    }

    /** With the loop's copy of the instructions already made (a run's copy of shared code), or null to make it. */
    private PyCode(String name, String qualname, SourceFile source, int[] code, PyObject[] consts, String[] names,
                   String[] varnames, String[] cellvars, String[] freevars, int[] cellArgs, int argcount,
                   int posonlyargcount, int kwonlyargcount, int flags, int stacksize, int firstLine,
                   int[] positions, int[] exceptionTable, int[] loopCode) {
        this.name = name;
        this.qualname = qualname;
        this.source = source;
        this.code = code;
        this.loopCode = loopCode != null ? loopCode : DispatchOrder.cases(Superinstructions.fused(code, exceptionTable));
        this.consts = consts;
        this.names = names;
        this.nameStrs = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) {
            nameStrs[i] = PyStr.of(names[i]);
        }
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cellArgs = cellArgs;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.stacksize = stacksize;
        this.firstLine = firstLine;
        this.positions = positions;
        this.exceptionTable = exceptionTable;
        this.simple = (flags & (VARARGS | VARKEYWORDS | GENERATOR | COROUTINE | ASYNC_GENERATOR)) == 0
                && kwonlyargcount == 0 && cellvars.length == 0;
        this.globalValue = new PyObject[names.length];
        this.globalVersion = new int[names.length];
        this.builtinsVersion = new int[names.length];
        this.sites = new TypeSite[code.length];
    }

    /**
     * A copy for one run of code compiled once for all runs (library modules): the instructions,
     * tables and constants are shared, the caches are its own, and so are its nested code objects.
     * The original must have been {@link #shareConstants shared}.
     */
    public PyCode forRun() {
        PyObject[] k = consts.clone();
        for (int i = 0; i < k.length; i++) {
            if (k[i] instanceof PyCode c) {
                k[i] = c.forRun();
            }
        }
        PyCode copy = new PyCode(name, qualname, source, code, k, names, varnames, cellvars, freevars, cellArgs,
                argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstLine, positions, exceptionTable,
                loopCode);
        copy.doc = doc;
        copy.invisible = invisible;
        return copy;
    }

    /** Marks every constant (nested code's too) as shared by runs, so that id() numbers it per run; returns this. */
    public PyCode shareConstants() {
        for (PyObject c : consts) {
            share(c);
        }
        return this;
    }

    private static void share(PyObject o) {
        if (o instanceof PyCode c) {
            c.shareConstants();
            return;
        }
        o.serial = PyObject.SHARED;
        if (o instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                share(t.get(i));
            }
        } else if (o instanceof PySet s) {
            for (PyObject x : s.toArray()) {
                share(x);
            }
        }
    }

    @Override
    public PyType type() {
        return Builtins.CODE;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isGeneratorLike() {
        return (flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR)) != 0;
    }

    public int lineOf(int instr) {
        return instr >= 0 && instr * 4 < positions.length ? positions[instr * 4] : firstLine;
    }

    /** Total number of parameters bound by a call, *args and **kwargs included. */
    public int totalArgs() {
        return argcount + kwonlyargcount + ((flags & VARARGS) != 0 ? 1 : 0) + ((flags & VARKEYWORDS) != 0 ? 1 : 0);
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + source.name() + "\", line " + firstLine + ">";
    }

    /** Forgets the cached globals of this code and the code nested in it (a fresh process runs it). */
    void clearGlobalCaches() {
        java.util.Arrays.fill(globalValue, null);
        for (PyObject c : consts) {
            if (c instanceof PyCode inner) {
                inner.clearGlobalCaches();
            }
        }
    }
}
