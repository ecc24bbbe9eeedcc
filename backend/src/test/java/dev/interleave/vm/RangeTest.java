package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * range, tuple and slice objects: constructors, methods, big ranges ({@link PyRange}, {@link RangeMethods}, {@link TupleMethods}).
 * Each snippet runs through the engine after a helper {@code t(f)} that prints
 * {@code repr(f())} or "Type: message"; the expected output was recorded from CPython 3.13.
 */
class RangeTest {

    @Test
    void rangeBasics() {
        assertEquals("""
                range(0, 5) range(0, 10, 2) range(-3, 3) [5, 3, 1] [] [] 1 2 7
                TypeError: 'float' object cannot be interpreted as an integer
                ValueError: range() arg 3 must not be zero
                TypeError: range expected at least 1 argument, got 0
                TypeError: range expected at most 3 arguments, got 4
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: range() takes no keyword arguments
                range(1, 3)
                2
                ValueError: 11 is not in range
                ValueError: sequence.index(x): x not in sequence
                1
                1
                1
                [7, 4, 1]
                []
                range(9, -3, -3)
                range(2, 8, 3)
                range(5, 5)
                range(0, 2)
                True
                False
                True
                False
                True
                4
                range(0, 4)
                3
                """, LibraryHarness.runWithT("""
                print(range(5), range(0, 10, 2), range(-3, 3), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)), range(1, 2).start, range(1, 5, 2).step, range(7).stop)
                t(lambda: range(1.5)); t(lambda: range(1, 2, 0)); t(lambda: range()); t(lambda: range(1, 2, 3, 4)); t(lambda: range('a')); t(lambda: range(x=1)); t(lambda: range(True, 3))
                t(lambda: range(0, 10, 3).index(6)); t(lambda: range(10).index(11)); t(lambda: range(10).index('a')); t(lambda: range(10).count(3)); t(lambda: range(10).count(2.0)); t(lambda: range(5).index(True))
                t(lambda: list(reversed(range(1, 10, 3)))); t(lambda: list(reversed(range(0)))); t(lambda: range(0, 10, 3)[::-1]); t(lambda: range(10)[2:8:3]); t(lambda: range(5)[10**30:]); t(lambda: range(5)[-10**30:2])
                t(lambda: 3 in range(0, 10, 3)); t(lambda: 4 in range(0, 10, 3)); t(lambda: -3 in range(0, -10, -3)); t(lambda: 10 in range(10)); t(lambda: range(2) == range(0, 2)); t(lambda: len(range(-5, 5, 3)))
                class Ix:
                    def __index__(self): return 4
                t(lambda: range(Ix())); t(lambda: range(1, Ix())[-1])
                """));
    }

    @Test
    void bigRanges() {
        assertEquals("""
                range(0, 100000000000000000000) 99999999999999999999 10000000000000000000 range(0, 100000000000000000000, 10000000000000000000) range(5, 2, -1) False True False False 10000000000000000000 1
                [100000000000000000000, 100000000000000000001, 100000000000000000002] longrange_iterator 0 100000000000000000000 1 range(99999999999999999999, 99999999999999999993, -3) range(99999999999999999998, 100000000000000000000)
                OverflowError: Python int too large to convert to C ssize_t
                IndexError: range object index out of range
                9223372036854775807
                True
                True
                """, LibraryHarness.runWithT("""
                r = range(10**20)
                print(r, r[-1], r[10**19], r[::10**19], r[5:2:-1], bool(range(10**20, 10**20)), 10**20 - 1 in r, 10**20 in r, -1 in r, r.index(10**19), r.count(5))
                print(list(range(10**20, 10**20 + 3)), type(iter(r)).__name__, r.start, r.stop, r.step, range(0, 10**20, 3)[::-1][:2], r[10**20 - 2:])
                t(lambda: len(r)); t(lambda: r[10**20]); t(lambda: range(-2**63, 2**63)[-1]); t(lambda: hash(r) == hash(range(0, 10**20, 1))); t(lambda: r == range(0, 10**20))
                """));
    }

    @Test
    void tupleMethods() {
        assertEquals("""
                ()
                ('a', 'b')
                (1,)
                (0, 1, 2)
                TypeError: 'int' object is not iterable
                TypeError: tuple expected at most 1 argument, got 2
                TypeError: tuple() takes no keyword arguments
                3
                3
                ValueError: tuple.index(x): x not in tuple
                ValueError: tuple.index(x): x not in tuple
                TypeError: index expected at least 1 argument, got 0
                TypeError: slice indices must be integers or have an __index__ method
                TypeError: slice indices must be integers or have an __index__ method
                2
                TypeError: tuple.count() takes exactly one argument (0 given)
                1
                (1, 2, 3)
                (1, 2, 1, 2)
                True
                2
                2
                True
                """, LibraryHarness.runWithT("""
                t(lambda: tuple()); t(lambda: tuple('ab')); t(lambda: tuple({1: 2})); t(lambda: tuple(range(3))); t(lambda: tuple(5)); t(lambda: tuple(1, 2)); t(lambda: tuple(iterable=[1]))
                t(lambda: (1, 2, 3, 2).index(2, 2)); t(lambda: (1, 2, 3, 2).index(2, -1)); t(lambda: (1, 2, 1).index(5)); t(lambda: (1, 2).index(2, 0, 1)); t(lambda: (1, 2).index())
                t(lambda: (1,).index(1, 'a')); t(lambda: (1, 2).index(2, None)); t(lambda: (1, 2, 1).count(1)); t(lambda: (1,).count()); t(lambda: (1, [2], 'x').count([2]))
                t(lambda: (1, 2) + (3,)); t(lambda: (1, 2) * 2); t(lambda: (1, 2) < (1, 3)); t(lambda: (1, 2).__len__()); t(lambda: (1, 2).__getitem__(1)); t(lambda: (1, 2).__contains__(2))
                """));
    }

    @Test
    void sliceObjects() {
        assertEquals("""
                slice(None, 3, None)
                slice(1, 2, None)
                slice(1, 2, 3)
                TypeError: slice expected at least 1 argument, got 0
                TypeError: slice expected at most 3 arguments, got 4
                TypeError: slice() takes no keyword arguments
                1 10 2 (1, 5, 2) (0, 3, 1) (3, -1, -1)
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: slice.indices() takes exactly one argument (0 given)
                True
                -2178470213028018262
                """, LibraryHarness.runWithT("""
                t(lambda: slice(3)); t(lambda: slice(1, 2)); t(lambda: slice(1, 2, 3)); t(lambda: slice()); t(lambda: slice(1, 2, 3, 4)); t(lambda: slice(x=1))
                s = slice(1, 10, 2); print(s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
                t(lambda: s.indices('a')); t(lambda: s.indices()); t(lambda: slice(1, 2) == slice(1, 2)); t(lambda: hash(slice(1, 2)))
                """));
    }
}
