package dev.interleave.vm;

import static dev.interleave.vm.LibraryHarness.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * list methods and the list constructor, with CPython's argument errors.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class ListMethodsTest {

    @Test
    void mutators() {
        assertEquals("""
                ['y', 'a', 1, 2, 3, 4, 5, 6, 0, 'b', 10, 'z']
                z y b ['a', 1, 2, 3, 4, 5, 6, 0, 10]
                [1, 2, 3, 4, 5, 6, 0, 10]
                [10, 0, 6, 5, 4, 3, 2, 1]
                6 6 1 0
                [10, 0, 6, 5, 4, 3, 2, 1] [10, 0, 6, 5, 4, 3, 2, 1, 'new']
                [] 9
                [1, 2, 1, 2]
                [] ['a', 'b', 'c'] [0, 1, 2] ['k'] [1, 2]
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                l = [1, 2, 3]
                l.append(4); l.extend((5, 6)); l.extend(x * 10 for x in range(2)); l.insert(0, 'a'); l.insert(-1, 'b'); l.insert(100, 'z'); l.insert(-100, 'y')
                print(l)
                print(l.pop(), l.pop(0), l.pop(-2), l)
                l.remove('a'); print(l)
                l.reverse(); print(l)
                print(l.index(2), l.index(2, 1) if 2 in l[1:] else -1, l.count(3), l.count('q'))
                c = l.copy(); c.append('new'); print(l, c)
                l.clear(); print(l, len(c))
                m = [1, 2]; m.extend(m); print(m)
                print(list(), list('abc'), list(range(3)), list({'k': 1}), list((1, 2)))
                """).stripTrailing() + "\n");
    }

    @Test
    void errors() {
        assertEquals("""
                IndexError: pop from empty list
                IndexError: pop index out of range
                TypeError: 'str' object cannot be interpreted as an integer
                ValueError: list.remove(x): x not in list
                ValueError: 3 is not in list
                2
                TypeError: slice indices must be integers or have an __index__ method
                TypeError: index expected at least 1 argument, got 0
                TypeError: list.append() takes exactly one argument (0 given)
                TypeError: list.append() takes exactly one argument (2 given)
                TypeError: insert expected 2 arguments, got 1
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: 'int' object is not iterable
                TypeError: list.copy() takes no arguments (1 given)
                TypeError: list expected at most 1 argument, got 2
                TypeError: list() takes no keyword arguments
                TypeError: 'int' object is not iterable
                TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                t(lambda: [].pop())
                t(lambda: [1].pop(5))
                t(lambda: [1].pop('a'))
                t(lambda: [1].remove(3))
                t(lambda: [1, 2, 3].index(3, 0, 2))
                t(lambda: [1, 2, 3].index(3, -1))
                t(lambda: [1].index(1, 'a'))
                t(lambda: [].index())
                t(lambda: [].append())
                t(lambda: [].append(1, 2))
                t(lambda: [].insert(1))
                t(lambda: [].insert('a', 2))
                t(lambda: [].extend(1))
                t(lambda: [].copy(1))
                t(lambda: list(1, 2))
                t(lambda: list(x=1))
                t(lambda: list(1))
                t(lambda: list.append(5, 1))
                """).stripTrailing() + "\n");
    }
}
