package dev.interleave.lang;

import dev.interleave.vm.Opcode;
import dev.interleave.vm.PyCode;
import dev.interleave.vm.PyObject;
import dev.interleave.vm.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits the instructions of one code object: labels with back-patching, the source range of
 * every instruction, the exception table, constants and names, and the stack depth.
 */
final class CodeBuilder {

    /** A jump target; its position is known once bound. */
    static final class Label {
        int target = -1;
        int depth = -1;
        final List<Integer> uses = new ArrayList<>();
    }

    private int[] code = new int[64];
    private int[] positions = new int[256];
    private int size;
    private final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    final List<String> varnames = new ArrayList<>();
    private int depth;
    private int maxDepth;
    private boolean reachable = true;
    Pos pos = Pos.NONE;

    int size() {
        return size;
    }

    int depth() {
        return depth;
    }

    void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    void emit(int op, int arg) {
        if (!reachable) {
            return;
        }
        if (size == code.length) {
            code = java.util.Arrays.copyOf(code, size * 2);
            positions = java.util.Arrays.copyOf(positions, size * 8);
            handlerOf = java.util.Arrays.copyOf(handlerOf, size * 2);
        }
        handlerOf[size] = handlers.isEmpty() ? null : handlers.get(handlers.size() - 1);
        code[size] = Opcode.make(op, arg);
        positions[size * 4] = pos.line();
        positions[size * 4 + 1] = pos.col();
        positions[size * 4 + 2] = pos.endLine();
        positions[size * 4 + 3] = pos.endCol();
        size++;
        depth += StackEffect.fallthrough(op, arg);
        maxDepth = Math.max(maxDepth, depth + 1);
        reachable = !StackEffect.isTerminal(op);
    }

    void emit(int op) {
        emit(op, 0);
    }

    void jump(int op, Label l) {
        if (!reachable) {
            return;
        }
        int jumpDepth = depth + StackEffect.jump(op);
        if (l.target >= 0) {
            emit(op, l.target);
        } else {
            l.uses.add(size);
            emit(op, 0);
        }
        if (l.depth < 0) {
            l.depth = jumpDepth;
        }
    }

    void bind(Label l) {
        l.target = size;
        for (int at : l.uses) {
            code[at] = Opcode.make(Opcode.op(code[at]), size);
        }
        if (!reachable) {
            if (l.depth >= 0) {
                depth = l.depth;
                reachable = true;
            }
        } else if (l.depth < 0) {
            l.depth = depth;
        }
    }

    /** Marks the code after an unconditional jump as reached only through labels. */
    boolean reachable() {
        return reachable;
    }

    /** An exception handler: where to go, and the stack depth to unwind to before pushing the exception. */
    record Handler(Label target, int depth) {}

    private final List<Handler> handlers = new ArrayList<>();
    private Handler[] handlerOf = new Handler[64];

    /** Instructions emitted from now on are protected by {@code target}, entered at depth + the exception. */
    void pushHandler(Label target, int depth) {
        handlers.add(new Handler(target, depth));
        if (target.depth < 0) {
            target.depth = depth + 1;
        }
    }

    void popHandler() {
        handlers.remove(handlers.size() - 1);
    }

    int handlerCount() {
        return handlers.size();
    }

    /** Leaves only the outermost {@code n} handlers active; returns the removed ones for {@link #restoreHandlers}. */
    List<Handler> truncateHandlers(int n) {
        List<Handler> removed = new ArrayList<>(handlers.subList(n, handlers.size()));
        handlers.subList(n, handlers.size()).clear();
        return removed;
    }

    void restoreHandlers(List<Handler> removed) {
        handlers.addAll(removed);
    }

    int constant(PyObject v, Object key) {
        Integer i = constIndex.get(key);
        if (i != null) {
            return i;
        }
        consts.add(v);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    /** A constant that is never shared with an equal one (code objects, tuples of names). */
    int uniqueConstant(PyObject v) {
        consts.add(v);
        return consts.size() - 1;
    }

    int name(String n) {
        return nameIndex.computeIfAbsent(n, k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    int varname(String n) {
        int i = varnames.indexOf(n);
        if (i < 0) {
            varnames.add(n);
            i = varnames.size() - 1;
        }
        return i;
    }

    /** Runs of instructions with the same handler become entries: start, end, target, depth. */
    private int[] exceptionTable() {
        List<Integer> t = new ArrayList<>();
        int i = 0;
        while (i < size) {
            Handler h = handlerOf[i];
            int j = i + 1;
            while (j < size && handlerOf[j] == h) {
                j++;
            }
            if (h != null) {
                t.add(i);
                t.add(j);
                t.add(h.target().target);
                t.add(h.depth());
            }
            i = j;
        }
        int[] ex = new int[t.size()];
        for (int k = 0; k < ex.length; k++) {
            ex[k] = t.get(k);
        }
        return ex;
    }

    PyCode build(String name, String qualname, SourceFile source, String[] cellvars, String[] freevars, int argcount,
                 int posonly, int kwonly, int flags, int firstLine) {
        int[] ex = exceptionTable();
        int[] cellArgs = new int[cellvars.length];
        for (int i = 0; i < cellvars.length; i++) {
            cellArgs[i] = -1;
            int total = argcount + kwonly + ((flags & PyCode.VARARGS) != 0 ? 1 : 0)
                    + ((flags & PyCode.VARKEYWORDS) != 0 ? 1 : 0);
            for (int a = 0; a < total && a < varnames.size(); a++) {
                if (varnames.get(a).equals(cellvars[i])) {
                    cellArgs[i] = a;
                }
            }
        }
        return new PyCode(name, qualname, source, java.util.Arrays.copyOf(code, size),
                consts.toArray(new PyObject[0]), names.toArray(new String[0]), varnames.toArray(new String[0]),
                cellvars, freevars, cellArgs, argcount, posonly, kwonly, flags, maxDepth + 2, firstLine,
                java.util.Arrays.copyOf(positions, size * 4), ex);
    }
}
