package dev.interleave.vm;

/** Names for the objects a program creates, taken from the code that creates them. */
final class Naming {

    private Naming() {}

    /**
     * The name the object being created will be stored under ({@code lock_a = Lock()} gives
     * "lock_a", {@code self.done = Event()} gives "done"), else "{kind}-{n}", the n-th such
     * object without a name (forks = [Lock() for _ in range(5)] gives lock-1 ... lock-5).
     */
    static String assignedName(ThreadState ts, String kind) {
        return assignedName(ts, ts.top, kind);
    }

    /**
     * As {@link #assignedName(ThreadState, String)}, looking at the program's own frame nearest
     * the top: for objects a library module creates on the program's behalf
     * ({@code q = multiprocessing.Queue()} gives "q").
     */
    static String userAssignedName(ThreadState ts, String kind) {
        Frame f = ts.top;
        while (f != null && f.code.source.isLibrary()) {
            f = f.back;
        }
        return assignedName(ts, f, kind);
    }

    private static String assignedName(ThreadState ts, Frame f, String kind) {
        if (ts.nameHint != null) {
            return ts.nameHint;
        }
        String stored = storeTarget(f);
        if (stored != null) {
            return stored;
        }
        java.util.Map<String, Integer> unnamed = ts.interpreter().moduleState("naming.unnamed",
                java.util.HashMap::new);
        return kind + "-" + unnamed.merge(kind, 1, Integer::sum);
    }

    /**
     * The variable or attribute frame {@code f}, just back from a call, stores the call's result
     * in ({@code x = f()}, {@code self.x = f()}), or null.
     */
    static String storeTarget(Frame f) {
        if (f != null && f.pc < f.code.code.length) {
            int[] code = f.code.code;
            int ins = code[f.pc];
            int arg = ins >>> 8;
            switch (ins & 0xFF) {
                case Opcode.STORE_NAME, Opcode.STORE_GLOBAL, Opcode.STORE_ATTR -> {
                    return f.code.names[arg];
                }
                case Opcode.STORE_FAST -> {
                    return f.code.varnames[arg];
                }
                case Opcode.LOAD_FAST, Opcode.LOAD_NAME, Opcode.LOAD_GLOBAL, Opcode.LOAD_DEREF -> {
                    // self.not_full = Condition(lock): the value, then the object, then STORE_ATTR
                    if (f.pc + 1 < code.length && (code[f.pc + 1] & 0xFF) == Opcode.STORE_ATTR) {
                        return f.code.names[code[f.pc + 1] >>> 8];
                    }
                }
                case Opcode.STORE_DEREF -> {
                    return arg < f.code.cellvars.length ? f.code.cellvars[arg]
                            : f.code.freevars[arg - f.code.cellvars.length];
                }
                default -> { }
            }
        }
        return null;
    }
}
