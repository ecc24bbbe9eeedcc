package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loop's case numbers: one per opcode the loop runs itself, named after that opcode, fused
 * opcodes ({@link Superinstructions}) included.
 */
class DispatchOrderTest {

    @Test
    void eachCaseNumberBelongsToTheOpcodeOfTheSameName() throws Exception {
        Map<Integer, String> seen = new HashMap<>();
        for (int op = 0; op < 256; op++) {
            int c = DispatchOrder.CASE[op];
            if (c == DispatchOrder.RARE) {
                continue;
            }
            String name = Superinstructions.name(op) != null ? Superinstructions.name(op) : Opcode.name(op);
            assertEquals(c, DispatchOrder.class.getDeclaredField(name).getInt(null), name);
            assertTrue(seen.put(c, name) == null, "case " + c + " taken twice: " + name + ", " + seen.get(c));
        }
        assertEquals(DispatchOrder.RARE, seen.size(), "case numbers are dense, hottest first");
    }
}
