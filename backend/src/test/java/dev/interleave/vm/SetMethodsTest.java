package dev.interleave.vm;

import static dev.interleave.vm.LibraryHarness.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * set and frozenset methods and constructors.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class SetMethodsTest {

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

    /** The methods use PySet's CPython algorithms: iteration order and pop() match CPython's. */
    @Test
    void methodsKeepCPythonLayout() {
        assertEquals("""
                {0, 1, 129, 3, 133, 7, 8, 140, 14, 17, 147, 21, 154, 28, 33, 161, 35, 40, 168, 42, 175, 49, 182, 56, 189, 63, 65, 196, 70, 77, 84, 91, 98, 105, 112, 119, 126} {65, 1, 3, 33, 129, 5, 8, 40, 1000, 77, 17, -3} {0, 65, 1, 3, 196, 133, 70, 7, 129, 8, 140, 77, 14, 17, 147, 84, 21, 154, 91, 28, 161, 98, 35, 33, 168, 105, 42, 40, 175, 112, 49, 182, 119, 56, 189, 126, 63}
                set() set() {1, 33, 3, 8, 40, 17} set()
                {65, 129, 3, 1, 33, 8, 40, 17} {0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 77, 84, 91, 98, 105, 112, 119, 126} {196, 133, 154, 161, 168, 105, 175, 112, 182, 119, 189, 126} {65, 1, 3, 33, 129, 8, 40, 17}
                {0, 65, 1, 3, 196, 133, 70, 7, 129, 8, 140, 77, 14, 17, 147, 84, 21, 154, 91, 28, 161, 98, 35, 33, 168, 105, 42, 40, 175, 112, 49, 182, 119, 56, 189, 126, 63} {0, 1, 129, 3, 133, 7, 8, 140, 14, 17, 147, 21, 154, 28, 33, 161, 35, 40, 168, 42, 175, 49, 182, 56, 189, 63, 65, 196, 70, 77, 84, 91, 98, 105, 112, 119, 126} {0, 2, 129, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 33, 40, 65}
                False True True True True
                frozenset({(100, 200), (1, 2), (-1, -2), (3, 4), (5, 6)}) frozenset({(100, 200), (1, 2), (-1, -2), (3, 4), (5, 6), (7, 8)}) frozenset({(100, 200), (5, 6), (-1, -2), (3, 4)}) frozenset({(0, 0), (100, 200), (1, 2), (-1, -2), (3, 4), (5, 6), (9, 9)}) True True
                {0, 2, 3, 5, 6, 9, 10, 12, 13, 15, 16, 19, 20, 22, 23, 25, 26, 29, 30, 32, 33, 36, 37, 39, 40, 42, 43, 46, 47, 49, 50, 52, 53, 56, 57, 59, 60, 62, 63, 66, 67, 69, 70, 73, 74, 76, 77, 79, 80, 83, 84, 86, 87, 89, 90, 93, 94, 96, 97, 100}
                {2, 3, 5, 6, 12, 13, 15, 16, 22, 23, 25, 26, 32, 33, 36, 37, 42, 43, 46, 47, 52, 53, 56, 57, 62, 63, 66, 67, 73, 74, 76, 77, 83, 84, 86, 87, 93, 94, 96, 97}
                {1024, 2, 3, 1027, 5, 6, 1030, 7, 1033, 12, 13, 1036, 15, 16, 1039, 22, 23, 25, 26, 32, 33, 36, 37, 42, 43, 46, 47, 52, 53, 56, 57, 62, 63, 66, 67, 73, 74, 76, 77, 83, 84, 86, 87, 93, 94, 96, 97, 1000, 1003, 1006, 1009, 1012, 1015, 1018, 1021}
                {1024, 2, 6, 1030, 12, 1036, 16, 22, 26, 32, 36, 42, 46, 52, 56, 62, 66, 74, 76, 84, 86, 94, 96, 1000, 1006, 1012, 1018}
                {1024, 1030, 12, 1036, 16, 22, 26, 32, 36, 42, 46, 52, 56, 62, 66, 74, 76, 84, 86, 94, 96, 1012, 1018}
                {1024, 1030, 12, 1036, 16, 22, 26, 32, 36, 42, 46, 52, 56, 62, 66, 74, 76, 84, 86, 90, 91, 92, 93, 95, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 1012, 1018}
                [1024, 1030, 12, 1036, 16] {22, 26, 32, 36, 42, 46, 52, 56, 62, 66, 74, 76, 84, 86, 90, 91, 92, 93, 95, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 1012, 1018}
                {0, 4099, 8708, 2444, 7053, 789, 5398, 4888, 9497, 3743, 3233, 7842, 1578, 6187, 4532, 9141, 8631, 2877, 7486, 6976, 1222, 5831, 712, 5321, 9930, 3666, 8275, 2011, 6620, 356, 4965, 9574, 9064, 3310, 7919, 2800, 7409, 1655, 1145, 5754}
                {0, 3233, 1222, 2444, 3666, 789, 4888, 2011}
                {(12, -12), (3, -3), (19, -19), (4, -4), (10, -10), (11, -11), (2, -2), (18, -18), (17, -17), (8, -8), (9, -9), (15, -15), (0, 0), (16, -16), (1, -1), (6, -6), (7, -7), (14, -14)} {(2, -2), (18, -18), (5, -5), (17, -17), (13, -13), (8, -8), (9, -9), (12, -12), (15, -15), (0, 0), (16, -16), (19, -19), (4, -4), (1, -1), (6, -6), (7, -7), (10, -10), (11, -11), (14, -14)} (5, -5) (13, -13)
                0 1 2 47
                {100010, 100011, 100012, 100013, 100014, 100015, 100016, 100017, 100018, 100019, 100020, 100021, 100022, 100023, 100024, 100025, 100026, 100027, 100028, 100029, 100030, 100031, 100032, 100033, 100034, 100035, 100036, 100037, 100038, 100039} {100000, 100003, 100004, 100005, 100006, 100007, 100008, 100009, 100010, 100011, 100012, 100013, 100014, 100015, 100016, 100017, 100018, 100019, 100020, 100021, 100022, 100023, 100024, 100025, 100026, 100027, 100028, 100029, 100030, 100031, 100032, 100033, 100034, 100035, 100036, 100037, 100038, 100039}
                {1, 2, 3} {1, 3} frozenset({1}) {1, 5, 9}
                """.stripTrailing() + "\n", LibraryHarness.run("""
                a = set([3, 17, 33, 1, 65, 129, 8, 40])
                b = set(range(0, 200, 7))
                c = frozenset([(1, 2), (3, 4), (5, 6), (-1, -2), (100, 200)])
                print(a.union(b), a.union([1000, 5, 33], (77, -3)), b | a)
                print(a.intersection(b), b.intersection(a), a.intersection(range(50)), a.intersection(b, range(100)))
                print(a.difference(b), b.difference(a), b.difference(range(100), [140, 147]), a.difference())
                print(a.symmetric_difference(b), b ^ a, a.symmetric_difference(range(30)))
                print(a.issubset(b), b.issuperset([7, 14]), a.isdisjoint(b), a.isdisjoint([2, 4]), a.issubset(range(200)))
                print(c, c | {(7, 8)}, c - {(1, 2)}, c.union([(9, 9), (0, 0)]), frozenset(c) is c, c.copy() is c)
                s = set()
                for i in range(60):
                    s.add(i * 37 % 101)
                print(s)
                for i in range(0, 60, 3):
                    s.discard(i * 37 % 101)
                print(s)
                s.update(range(1000, 1040, 3), [5, 6, 7])
                print(s)
                s.intersection_update(range(0, 2000, 2))
                print(s)
                s.difference_update([2, 4, 6], range(1000, 1010))
                print(s)
                s.symmetric_difference_update(range(90, 110))
                print(s)
                print([s.pop() for _ in range(5)], s)
                t = set(i * 7919 % 10007 for i in range(40))
                print(t)
                u = t.copy()
                u.intersection_update(set(i * 13 % 10007 for i in range(3000)), range(5000))
                print(u)
                v = set((i, -i) for i in range(20))
                print(v, v - set([(3, -3)]), v.pop(), v.pop())
                x = set(range(50))
                x.intersection_update()
                print(x.pop(), x.pop(), x.pop(), len(x))
                big = set(range(100000, 100040))
                print(big.difference(range(100000, 100010)), big.difference(set([100001, 100002])))
                print(set([1, 2, 3]).union(), set([3, 1]).intersection(), frozenset([1]).difference(), set.union(set([5]), [1], [9]))
                """).stripTrailing() + "\n");
    }

    /** Subclasses of set and frozenset: repr with the class name, plain results, __new__ of frozenset. */
    @Test
    void subclasses() {
        assertEquals("""
                Tags({1, 2, 3}) Tags() Tags {1, 2, 3, 9} set {1, 2, 3, 7} set
                Tags({40, 1, 2, 3}) me {'owner': 'me'} 4 True True [1, 2, 3, 40] set
                Tags({2, 3, 5, 40}) Tags
                2 Tags({3, 5, 40})
                FS({1, 2, 3}) FS() True 1 frozenset({1, 2, 3, 4}) frozenset False
                ['a', 'b'] Plain False frozenset
                unhashable type: 'Tags'
                Plain expected at most 1 argument, got 2
                """.stripTrailing() + "\n", LibraryHarness.run("""
                class Tags(set):
                    pass
                t = Tags([3, 1, 2])
                print(t, repr(Tags()), type(t).__name__, t | set([9]), type(t | set([9])).__name__, t.union([7]), type(t.copy()).__name__)
                t.add(40)
                t.owner = 'me'
                print(t, t.owner, t.__dict__, len(t), 40 in t, t == set([1, 2, 3, 40]), sorted(t), type(t.union()).__name__)
                t |= set([5])
                t -= set([1])
                print(t, type(t).__name__)
                print(t.pop(), t)
                class FS(frozenset):
                    def __new__(cls, *items):
                        return super().__new__(cls, items)
                fs = FS(3, 1, 2)
                print(fs, repr(FS()), hash(fs) == hash(frozenset([1, 2, 3])), {fs: 1}[frozenset([1, 2, 3])], fs | set([4]), type(fs.copy()).__name__, fs.copy() is fs)
                class Plain(frozenset):
                    pass
                p = Plain('ab')
                print(sorted(p), type(p).__name__, frozenset(p) is p, type(frozenset(p)).__name__)
                t2 = Tags()
                t(lambda: hash(t2)) if False else None
                try:
                    hash(t2)
                except TypeError as e:
                    print(e)
                try:
                    Plain([1], [2])
                except TypeError as e:
                    print(e)
                """).stripTrailing() + "\n");
    }
}
