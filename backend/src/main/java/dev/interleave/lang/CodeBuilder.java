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
    private final List<Integer> table = new ArrayList<>();
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
        if (size == code.length) {
            code = java.util.Arrays.copyOf(code, size * 2);
            positions = java.util.Arrays.copyOf(positions, size * 8);
        }
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

    /** Protects instructions [start, end) with a handler entered at {@code handlerDepth} + the exception. */
    void handler(int start, int end, Label handler, int handlerDepth) {
        if (end <= start) {
            return;
        }
        table.add(start);
        table.add(end);
        table.add(-1);
        table.add(handlerDepth);
        handlerRefs.add(new Object[] {table.size() - 2, handler});
        if (handler.depth < 0) {
            handler.depth = handlerDepth + 1;
        }
    }

    private final List<Object[]> handlerRefs = new ArrayList<>();

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

    PyCode build(String name, String qualname, SourceFile source, String[] cellvars, String[] freevars, int argcount,
                 int posonly, int kwonly, int flags, int firstLine) {
        int[] ex = new int[table.size()];
        for (int i = 0; i < ex.length; i++) {
            ex[i] = table.get(i);
        }
        for (Object[] ref : handlerRefs) {
            ex[(Integer) ref[0]] = ((Label) ref[1]).target;
        }
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
