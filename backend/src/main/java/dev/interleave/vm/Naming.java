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
        if (f != null && f.pc < f.code.code.length) {
            int ins = f.code.code[f.pc];
            int arg = ins >>> 8;
            switch (ins & 0xFF) {
                case Opcode.STORE_NAME, Opcode.STORE_GLOBAL, Opcode.STORE_ATTR -> {
                    return f.code.names[arg];
                }
                case Opcode.STORE_FAST -> {
                    return f.code.varnames[arg];
                }
                default -> { }
            }
        }
        java.util.Map<String, Integer> unnamed = ts.interpreter().moduleState("naming.unnamed",
                java.util.HashMap::new);
        return kind + "-" + unnamed.merge(kind, 1, Integer::sum);
    }
}
