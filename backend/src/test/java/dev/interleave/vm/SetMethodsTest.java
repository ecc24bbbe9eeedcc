package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * set and frozenset methods and constructors.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class SetMethodsTest {

    /** t(lambda: expr) prints repr(expr) or "Type: message". */
    private static final String T = """
            def t(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)

            """;

    @Test
    void operations() {
        assertEquals("""
                {1, 2, 3, 4, 5} {2, 3} {2, 3} {1, 2, 4} {1, 2, 3} {1, 2, 3}
                True True True False frozenset({1, 2, 3})
                frozenset set frozenset({1, 2, 3}) {'a', 'b'}
                {3, 9}
                {3, 9, 10, 11}
                {9, 10, 3}
                {9, 10}
                {10, 20}
                10 {20}
                set() set() frozenset()
                True True
                {2} {1, 2, 3} {1} {1, 3}
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                s = {1, 2, 3}
                print(s.union([4], (5,)), s.intersection([2, 3, 9]), s.difference([1]), s.symmetric_difference([3, 4]), s.intersection(), s.union())
                print(s.issubset([1, 2, 3, 4]), s.issuperset([1]), s.isdisjoint([7]), s.isdisjoint({3}), frozenset([1, 2]).union([3]))
                print(type(frozenset([1]).union([2])).__name__, type(s.copy()).__name__, frozenset(s), set('aab'))
                s.add(9); s.discard(1); s.discard(100); s.remove(2); print(s)
                s.update([10], [11]); print(s)
                s.intersection_update([3, 9, 10, 12]); print(s)
                s.difference_update([3]); print(s)
                s.symmetric_difference_update([9, 20]); print(s)
                print(s.pop(), s)
                s.clear(); print(s, set(), frozenset())
                f = frozenset([1, 2]); print(f.copy() is f, frozenset(f) is f)
                print({1, 2} & {2, 3}, {1, 2} | {3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
                """).stripTrailing() + "\n");
    }

    @Test
    void errors() {
        assertEquals("""
                KeyError: 'pop from an empty set'
                KeyError: 1
                TypeError: unhashable type: 'list'
                TypeError: 'int' object is not iterable
                TypeError: set expected at most 1 argument, got 2
                TypeError: set() takes no keyword arguments
                TypeError: 'int' object is not iterable
                TypeError: 'int' object is not iterable
                TypeError: set.add() takes exactly one argument (0 given)
                TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                t(lambda: set().pop())
                t(lambda: set().remove(1))
                t(lambda: set().remove([]))
                t(lambda: set(1))
                t(lambda: set([], []))
                t(lambda: set(x=1))
                t(lambda: frozenset(1))
                t(lambda: {1}.issubset(1))
                t(lambda: set().add())
                t(lambda: set.add(frozenset(), 1))
                """).stripTrailing() + "\n");
    }
}
