package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.CapturedRun;
import dev.interleave.engine.RunOptions;
import dev.interleave.lang.Compiler;
import dev.interleave.machine.MachineConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fused pairs of instructions: which pairs the loop runs as one, and that fusing changes nothing a program can see. */
class SuperinstructionsTest {

    private static final String FUNCTION = """
            def f(items, k):
                total = 0
                for x in items:
                    y = x
                    if y < k:
                        total = total + y * 2
                    total = y.bit_length() + total
                return total
            """;

    private static PyCode function(String source) {
        return (PyCode) Compiler.compile(source, "f.py").consts[0];
    }

    private static int[] fused(PyCode code) {
        return Superinstructions.fused(code.code, code.exceptionTable);
    }

    /** The fused opcodes of {@code code}, by position, as names. */
    private static List<String> fusedNames(PyCode code) {
        List<String> names = new ArrayList<>();
        int[] fused = fused(code);
        for (int i = 0; i < fused.length; i++) {
            String n = Superinstructions.name(Opcode.op(fused[i]));
            if (n != null) {
                names.add(i + " " + n);
            }
        }
        return names;
    }

    @Test
    void commonPairsAreFusedAndTheProgramsOwnInstructionsStayAsTheyWere() {
        PyCode f = function(FUNCTION);
        int[] original = f.code.clone();
        assertArrayEquals(original, Compiler.compile(FUNCTION, "f.py").consts[0] instanceof PyCode c ? c.code : null);
        List<String> fused = fusedNames(f);
        for (String pair : List.of("FOR_ITER_STORE_FAST", "STORE_FAST_LOAD_FAST", "LOAD_CONST_BINARY_OP",
                "COMPARE_OP_POP_JUMP_IF_FALSE", "LOAD_FAST_LOAD_METHOD", "LOAD_FAST_LOAD_FAST")) {
            assertTrue(fused.stream().anyMatch(s -> s.endsWith(" " + pair)), pair + " in " + fused);
        }
        int[] fusedCode = fused(f);
        for (int i = 0; i < f.code.length; i++) {
            int op = Opcode.op(fusedCode[i]);
            if (Superinstructions.name(op) == null) {
                assertEquals(f.code[i], fusedCode[i], "instruction " + i + " is the program's own");
            } else {
                assertEquals(Opcode.arg(f.code[i]), Opcode.arg(fusedCode[i]), "argument kept at " + i);
                assertEquals(op, Superinstructions.fuse(Opcode.op(f.code[i]), Opcode.op(f.code[i + 1])), "a pair at " + i);
                assertEquals(f.code[i + 1], fusedCode[i + 1], "the second of a pair stays in place at " + i);
            }
            int dispatched = f.loopCode[i];
            assertEquals(Opcode.arg(fusedCode[i]), Opcode.arg(dispatched), "loop code keeps the argument at " + i);
            assertEquals(DispatchOrder.CASE[op], Opcode.op(dispatched), "loop code has the case number at " + i);
        }
    }

    @Test
    void triplesComeFirstAndTheirLastTwoArePairedTooWhenTheyMakeAPair() {
        PyCode g = function("def g(i):\n    return i % 7\n");
        assertEquals(List.of("0 LOAD_FAST_LOAD_CONST_BINARY_OP", "1 LOAD_CONST_BINARY_OP"), fusedNames(g));
        assertEquals(Opcode.BINARY_OP, Opcode.op(fused(g)[2]));
        PyCode h = function("def h(n):\n    if n < 2:\n        return n\n    return 0\n");
        assertEquals(List.of("1 LOAD_CONST_COMPARE_OP_POP_JUMP_IF_FALSE", "2 COMPARE_OP_POP_JUMP_IF_FALSE"),
                fusedNames(h));
        PyCode init = function("def __init__(self, x):\n    self.x = x\n");
        assertEquals(List.of("0 LOAD_FAST_LOAD_FAST_STORE_ATTR"), fusedNames(init));
        assertEquals(Opcode.LOAD_FAST, Opcode.op(fused(init)[1]), "no pair of LOAD_FAST and STORE_ATTR");
    }

    @Test
    void anInstructionAJumpGoesToIsNeverTheSecondOfAPair() {
        PyCode f = function("""
                def f(n):
                    i = 0
                    while i < n:
                        i = i + 1
                    return i
                """);
        for (int ins : f.code) {
            if (Opcode.isJump(Opcode.op(ins))) {
                int target = Opcode.arg(ins);
                assertTrue(target == 0 || Superinstructions.name(Opcode.op(fused(f)[target - 1])) == null,
                        "jump target " + target + " follows a fused instruction: " + fusedNames(f));
            }
        }
    }

    /**
     * Two threads time-sliced on one core (no GIL) every single instruction: every fused
     * pair is split by a switch at some point. The output and the number of instructions run
     * must be those of the same program run in long slices.
     */
    @Test
    void aSwitchBetweenTheTwoInstructionsOfAPairChangesNothingButTheInterleaving() {
        String source = FUNCTION + """
                import threading
                results = {}
                class Box:
                    def __init__(self, v):
                        self.v = v
                def work(name, n):
                    b = Box(3)
                    s = 0
                    for i in range(n):
                        s = f([i, i + 1, b.v], 4) + s
                        if i < 50:
                            s = s + i % 7
                    results[name] = s
                ts = [threading.Thread(target=work, args=(k, 100)) for k in "ab"]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                print(sorted(results.items()))
                """;
        MachineConfig base = RunOptions.defaults().machine().withCores(1);
        CapturedRun longSlices = CapturedRun.of(source, RunOptions.defaults().withMachine(base));
        MachineConfig everyInstruction = base.withGil(false).withTimeSlice(base.bytecodeNs());
        CapturedRun split = CapturedRun.of(source, RunOptions.defaults().withMachine(everyInstruction));
        assertEquals("[('a', 2124), ('b', 2124)]\n", longSlices.stdout(), longSlices.output());
        assertEquals(longSlices.stdout(), split.stdout(), split.output());
        assertEquals(longSlices.result().summary().bytecodes(), split.result().summary().bytecodes());
        assertTrue(split.result().summary().contextSwitches() > 2_000,
                "context switches: " + split.result().summary().contextSwitches());
    }
}
