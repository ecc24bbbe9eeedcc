package dev.interleave.lang;

import dev.interleave.vm.Opcode;
import java.util.ArrayDeque;
import java.util.Deque;

/** The compilation state of one code object: its builder, scope and block stack. */
final class Unit {

    /** A block that break, continue and return must leave cleanly. */
    /**
     * handlerDepth: how many exception handlers were active before the block installed its own;
     * clean-up code run when leaving the block early runs under those only.
     */
    record Block(Kind kind, CodeBuilder.Label start, CodeBuilder.Label end, Object extra, int handlerDepth) {
        enum Kind { WHILE_LOOP, FOR_LOOP, TRY_FINALLY, FINALLY_END, WITH, ASYNC_WITH, HANDLER, POP_VALUE }
    }

    final CodeBuilder b = new CodeBuilder();
    final Scope scope;
    final String qualname;
    final Deque<Block> blocks = new ArrayDeque<>();

    void pushBlock(Block.Kind kind, CodeBuilder.Label start, CodeBuilder.Label end, Object extra, int handlerDepth) {
        blocks.push(new Block(kind, start, end, extra, handlerDepth));
    }
    final java.util.List<String> cellvars;
    final java.util.List<String> freevars;

    Unit(Scope scope, String qualname) {
        this.scope = scope;
        this.qualname = qualname;
        this.cellvars = new java.util.ArrayList<>(scope.cells);
        this.freevars = new java.util.ArrayList<>(scope.frees);
        for (String p : scope.params) {
            b.varname(p);
        }
    }

    int cellIndex(String name) {
        int i = cellvars.indexOf(name);
        if (i >= 0) {
            return i;
        }
        i = freevars.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no cell for " + name + " in " + qualname);
        }
        return cellvars.size() + i;
    }

    void load(String name) {
        switch (scope.access(name)) {
            case FAST -> b.emit(Opcode.LOAD_FAST, b.varname(name));
            case CELL -> b.emit(Opcode.LOAD_DEREF, cellIndex(name));
            case FREE -> b.emit(scope.kind == Scope.Kind.CLASS ? Opcode.LOAD_FROM_DICT_OR_DEREF : Opcode.LOAD_DEREF,
                    cellIndex(name));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> b.emit(scope.kind == Scope.Kind.CLASS && !scope.globals.contains(name)
                    ? Opcode.LOAD_NAME : Opcode.LOAD_GLOBAL, b.name(name));
            case NAME -> b.emit(Opcode.LOAD_NAME, b.name(name));
        }
    }

    void store(String name) {
        switch (scope.access(name)) {
            case FAST -> b.emit(Opcode.STORE_FAST, b.varname(name));
            case CELL, FREE -> b.emit(Opcode.STORE_DEREF, cellIndex(name));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> b.emit(Opcode.STORE_GLOBAL, b.name(name));
            case NAME -> b.emit(Opcode.STORE_NAME, b.name(name));
        }
    }

    void delete(String name) {
        switch (scope.access(name)) {
            case FAST -> b.emit(Opcode.DELETE_FAST, b.varname(name));
            case CELL, FREE -> b.emit(Opcode.DELETE_DEREF, cellIndex(name));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> b.emit(Opcode.DELETE_GLOBAL, b.name(name));
            case NAME -> b.emit(Opcode.DELETE_NAME, b.name(name));
        }
    }
}
