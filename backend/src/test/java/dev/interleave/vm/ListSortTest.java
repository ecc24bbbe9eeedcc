package dev.interleave.vm;

import static dev.interleave.vm.LibraryHarness.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * list.sort and sorted(): stability, key and reverse, CPython's comparison order, errors.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class ListSortTest {

    @Test
    void comparisonsHappenInCPythonsOrder() {
        assertEquals("""
                cmp 1 3
                cmp 2 1
                cmp 1 2
                cmp 2 3
                cmp 2 3
                cmp 2 1
                cmp 5 2
                cmp 5 3
                cmp 4 3
                cmp 4 5
                [K(1), K(2), K(3), K(4), K(5)]
                cmp 2 1
                cmp 3 2
                [K(1), K(2), K(3)]
                cmp 2 3
                cmp 1 2
                [K(1), K(2), K(3)]
                cmp 2 2
                cmp 1 2
                cmp 2 2
                cmp 1 1
                cmp 1 1
                cmp 3 1
                cmp 1 3
                cmp 3 2
                [K(1), K(1), K(2), K(2), K(3)]
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                class K:
                    def __init__(self, k): self.k = k
                    def __lt__(self, other):
                        print("cmp", self.k, other.k)
                        return self.k < other.k
                    def __repr__(self): return "K(%r)" % self.k
                print(sorted([K(3), K(1), K(2), K(5), K(4)]))
                print(sorted([K(1), K(2), K(3)]))
                print(sorted([K(3), K(2), K(1)]))
                print(sorted([K(2), K(2), K(1), K(1), K(3)]))
                """).stripTrailing() + "\n");
    }

    @Test
    void inconsistentComparisonsGiveCPythonsResult() {
        assertEquals("""
                [3.5, nan, 1.0, 2.0, nan, 0.5]
                [0, 8, 20, 28, 25, 15, 23, 18, 13, 10, 6, 16, 5, 3, 26, 1, 2, 4, 7, 11, 21, 9, 12, 14, 17, 19, 22, 24, 27, 29]
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                print(sorted([3.5, float('nan'), 1.0, 2.0, float('nan'), 0.5]))
                class Odd:
                    def __init__(self, v): self.v = v
                    def __lt__(self, other): return (self.v * 7) % 5 < (other.v * 3) % 4
                    def __repr__(self): return str(self.v)
                print(sorted([Odd(i) for i in range(30)]))
                """).stripTrailing() + "\n");
    }

    @Test
    void stableWithKeyAndReverse() {
        assertEquals("""
                [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a'), (1, 'c'), (2, 'c')]
                [(2, 'c'), (1, 'b'), (1, 'a'), (1, 'c'), (0, 'a'), (0, 'b')]
                [(2, 'c'), (1, 'c'), (1, 'b'), (1, 'a'), (0, 'b'), (0, 'a')]
                ['Apple', 'Banana', 'apple', 'banana', 'cherry'] ['Apple', 'apple', 'banana', 'Banana', 'cherry'] ['banana', 'cherry', 'Banana', 'Apple', 'apple']
                [-1, 0, 1, 2, 3, 3, 5, 5, 7, 8, 9, 42, 100]
                [100, 42, 9, 8, 7, 5, 5, 3, 3, 2, 1, 0, -1]
                [42, 9, 3, 3, 0, 100, 7, 1, 8, 5, 5, 2, -1]
                [-3, 0, 1, True, 2.5, 1180591620717411303424] ['e', 'h', 'l', 'l', 'o'] [1, 2, 3] ['a', 'b']
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
                print(sorted(data, key=lambda p: p[0]))
                print(sorted(data, key=lambda p: p[0], reverse=True))
                print(sorted(data, reverse=True))
                words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
                print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
                nums = [5, 3, 8, 1, 9, 2, 7, 3, 5, 0, -1, 100, 42]
                nums.sort(); print(nums)
                nums.sort(reverse=True); print(nums)
                nums.sort(key=lambda x: x % 3); print(nums)
                print(sorted([1, 2.5, True, 0, -3, 2**70]), sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}))
                """).stripTrailing() + "\n");
    }

    @Test
    void longListsMergeStably() {
        assertEquals("""
                [1, 1, 1, 2, 2, 3, 3, 4, 5, 5] [994, 995, 996, 996, 997, 997, 998, 999, 1000, 1000] True
                [(0, 10), (0, 33), (0, 34), (0, 40), (0, 45), (0, 49), (0, 52), (0, 59), (0, 69), (0, 75), (0, 77), (0, 79), (0, 81), (0, 87), (0, 88)] True
                [(5, 0), (5, 2), (5, 4), (5, 14), (5, 16), (5, 17), (5, 54), (5, 56), (5, 67), (5, 68), (5, 90), (5, 94), (5, 96), (5, 100), (5, 129)]
                ['0.000518798764062578', '0.0014533201246056393', '0.006882855140369348'] ['0.9989846308540288', '0.9973397353206034', '0.9813856969141147']
                [7.38668800442932e-05, 0.0017043959164706468, 0.002549583026621449]
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                import random
                random.seed(3)
                big = [random.randint(0, 1000) for i in range(2000)]
                s1 = sorted(big)
                print(s1[:10], s1[-10:], all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1)))
                pairs = [(random.randint(0, 5), i) for i in range(700)]
                a = sorted(pairs, key=lambda p: p[0])
                print(a[:15], a == sorted(pairs))
                b = sorted(pairs, key=lambda p: p[0], reverse=True)
                print(b[:15])
                strs = [str(random.random()) for i in range(300)]
                print(sorted(strs)[:3], sorted(strs, reverse=True)[:3])
                fl = [random.random() for i in range(300)]
                print(sorted(fl)[:3])
                """).stripTrailing() + "\n");
    }

    @Test
    void errors() {
        assertEquals("""
                TypeError: '<' not supported between instances of 'str' and 'int'
                ZeroDivisionError: division by zero
                TypeError: sort() takes no positional arguments
                TypeError: sort() got an unexpected keyword argument 'foo'
                TypeError: sorted expected 1 argument, got 0
                TypeError: sorted expected 1 argument, got 2
                [1, 2]
                TypeError: 'int' object is not callable
                ValueError: list modified during sort
                [1, 2, 3]
                None
                [1, 2, 3]
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                t(lambda: sorted([1, 'a', 2]))
                t(lambda: [3, 2, 1].sort(key=lambda x: 1 / 0))
                t(lambda: [].sort(1))
                t(lambda: [].sort(foo=1))
                t(lambda: sorted())
                t(lambda: sorted([], 1))
                t(lambda: sorted([2, 1], key=None, reverse=0))
                t(lambda: [1, 2].sort(key=1))
                l = [3, 1, 2]
                def bad(x):
                    l.append(x)
                    return x
                t(lambda: l.sort(key=bad))
                print(l)
                l2 = [3, 1, 2]
                def bad2(a):
                    l2.clear()
                    return a
                t(lambda: l2.sort(key=bad2))
                print(l2)
                """).stripTrailing() + "\n");
    }
}
