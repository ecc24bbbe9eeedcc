package dev.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A run is a function of its inputs: identity hashes, id() and therefore the order of sets of
 * objects do not depend on the JVM, on the address of objects, or on other runs before it.
 */
class DeterminismTest {

    private static final String PROGRAM = """
            class Node:
                def __init__(self, n):
                    self.n = n
                def __repr__(self):
                    return f"N{self.n}"
            nodes = {Node(i) for i in range(20)}
            print(nodes)
            print(sorted(hash(n) % 1000 for n in nodes)[:5], hash(Node) % 97, hash(len) % 97, id(None) % 97)
            print({object(): 1 for _ in range(3)}.__len__(), repr(object()).startswith("<object object at 0x"))
            """;

    @Test
    void sameProgramSameOutputWhateverRanBefore() {
        String first = CapturedRun.of(PROGRAM).stdout();
        CapturedRun.of("x = [object() for _ in range(1000)]\nprint(len({id(o) for o in x}))\n");
        String again = CapturedRun.of(PROGRAM).stdout();
        assertEquals(first, again);
        assertEquals(3, first.lines().count());
    }

    @Test
    void idsAreDistinctForLiveObjects() {
        CapturedRun r = CapturedRun.of("x = [object() for _ in range(1000)]\nprint(len({id(o) for o in x}))\n");
        assertEquals("1000\n", r.stdout());
    }
}
