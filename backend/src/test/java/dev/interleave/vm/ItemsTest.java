package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Subscription, slicing and item assignment/deletion ({@link Items}, {@link PySlice}).
 * Each snippet runs through the engine after a helper {@code t(f)} that prints
 * {@code repr(f())} or "Type: message"; the expected output was recorded from CPython 3.13.
 */
class ItemsTest {

    @Test
    void indexingAndMessages() {
        assertEquals("""
                3
                2
                IndexError: cannot fit 'int' into an index-sized integer
                IndexError: list index out of range
                IndexError: list index out of range
                TypeError: list indices must be integers or slices, not str
                TypeError: list indices must be integers or slices, not float
                IndexError: tuple index out of range
                TypeError: tuple indices must be integers or slices, not str
                IndexError: string index out of range
                'c'
                TypeError: string indices must be integers, not 'str'
                IndexError: cannot fit 'int' into an index-sized integer
                IndexError: range object index out of range
                2
                TypeError: range indices must be integers or slices, not str
                KeyError: 'k'
                TypeError: unhashable type: 'list'
                'x'
                TypeError: 'int' object is not subscriptable
                TypeError: 'NoneType' object is not subscriptable
                TypeError: type 'int' is not subscriptable
                TypeError: object of type 'int' has no len()
                '😀'
                'b'
                2
                'y'
                [2, 3]
                TypeError: __index__ returned non-int (type str)
                """, LibraryHarness.runWithT("""
                L = [1, 2, 3]
                t(lambda: L[-1]); t(lambda: L[True]); t(lambda: L[10**30]); t(lambda: L[-4]); t(lambda: L[3]); t(lambda: L['a']); t(lambda: L[1.5])
                t(lambda: (1,)[2]); t(lambda: (1, 2)['a']); t(lambda: 'abc'[5]); t(lambda: 'abc'[-1]); t(lambda: 'abc'['a']); t(lambda: 'abc'[10**30])
                t(lambda: range(3)[5]); t(lambda: range(3)[-1]); t(lambda: range(3)['a']); t(lambda: {}['k']); t(lambda: {}[[1]]); t(lambda: {(1, 2): 'x'}[1, 2])
                t(lambda: 5[0]); t(lambda: None[0]); t(lambda: int[0]); t(lambda: len(5)); t(lambda: 'a\\U0001f600b'[1]); t(lambda: 'a\\U0001f600b'[-1])
                class I:
                    def __index__(self): return 1
                t(lambda: [1, 2][I()]); t(lambda: 'xy'[I()]); t(lambda: [1, 2, 3][I():])
                class H:
                    def __index__(self): return 'x'
                t(lambda: [1][H()])
                """));
    }

    @Test
    void slicing() {
        assertEquals("""
                [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] (0, 1, 2, 3, 4, 5, 6, 7, 8, 9) abcdefghij range(0, 10)
                [2, 3, 4, 5, 6, 7] (2, 3, 4, 5, 6, 7) cdefgh range(2, 8)
                [7, 8, 9] (7, 8, 9) hij range(7, 10)
                [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] (9, 8, 7, 6, 5, 4, 3, 2, 1, 0) jihgfedcba range(9, -1, -1)
                [8, 6, 4] (8, 6, 4) ige range(8, 2, -2)
                [0, 3, 6, 9] (0, 3, 6, 9) adgj range(0, 10, 3)
                [] ()  range(5, 5)
                [] ()  range(7, 2)
                [0, 4, 8] (0, 4, 8) aei range(0, 10, 4)
                [9, 6, 3, 0] (9, 6, 3, 0) jgda range(9, -1, -3)
                [1, 3, 5, 7] (1, 3, 5, 7) bdfh range(1, 9, 2)
                [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] (9, 8, 7, 6, 5, 4, 3, 2, 1, 0) jihgfedcba range(9, -1, -1)
                ValueError: slice step cannot be zero
                TypeError: slice indices must be integers or None or have an __index__ method
                TypeError: slice indices must be integers or None or have an __index__ method
                'hlowrd😀o'
                'örld 😀 '
                (1, 2, 3)
                (9, -1, -1)
                (0, 10, 2)
                (9, -1, -1)
                ValueError: slice step cannot be zero
                ValueError: length should not be negative
                """, LibraryHarness.runWithT("""
                L = list(range(10))
                for s in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(8, 2, -2), slice(-100, 100, 3), slice(5, 5), slice(7, 2), slice(None, None, 4), slice(-1, -11, -3), slice(1, -1, 2), slice(10**30, None, -1)]:
                    print(L[s], tuple(L)[s], "abcdefghij"[s], range(10)[s])
                t(lambda: L[::0]); t(lambda: L[::'a']); t(lambda: L['a':]); t(lambda: 'h\\xe9llo w\\xf6rld \\U0001f600 ok'[::2]); t(lambda: 'h\\xe9llo w\\xf6rld \\U0001f600 ok'[7:14])
                t(lambda: slice(1, 2, 3).indices(10)); t(lambda: slice(None, None, -1).indices(10)); t(lambda: slice(-100, 100, 2).indices(10)); t(lambda: slice(10**30, -10**30, -1).indices(10))
                t(lambda: slice(0, 1, 0).indices(3)); t(lambda: slice(1, 2).indices(-1))
                """));
    }

    @Test
    void sliceAssignmentAndDeletion() {
        assertEquals("""
                [0, 3, 4, 5]
                [0, 9, 9, 9, 9, 3, 4, 5]
                [1]
                ['a', 1, 'b', 3, 'c', 5]
                [0, 9, 2, 8, 4, 7]
                [0, 1, 2, 3, 4, 5, 1]
                [0, 1, 2, 3, 0, 1, 2]
                [0, 1, 2, 'x', 'y', 3, 4, 5]
                ValueError: attempt to assign sequence of size 2 to extended slice of size 3
                ['f', 'e', 'd', 'c', 'b', 'a']
                TypeError: must assign iterable to extended slice
                TypeError: must assign iterable to extended slice
                [0, 3, 4, 5, 6, 7, 8, 9]
                [1, 3, 5, 7, 9]
                [1, 2, 4, 5, 7, 8]
                [0, 1, 3, 5, 7, 9]
                [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                [0, 1, 2, 3, 4, 5, 6]
                [1, 2, 3, 4, 5, 6, 7, 8, 9]
                [0, 1, 2, 3, 4, 5, 6, 7, 8]
                [0, 1, 2, 3, 4, 5, 6, 7, 8]
                IndexError: list assignment index out of range
                TypeError: list indices must be integers or slices, not str
                [1, 1, 2, 3, 3]
                [3, 2, 1]
                ['a', 2, 'c']
                IndexError: list assignment index out of range
                TypeError: 'tuple' object does not support item assignment
                TypeError: 'str' object does not support item assignment
                TypeError: 'int' object does not support item assignment
                TypeError: unhashable type: 'list'
                TypeError: 'tuple' object doesn't support item deletion
                TypeError: 'str' object doesn't support item deletion
                TypeError: 'int' object does not support item deletion
                KeyError: 'k'
                None
                """, LibraryHarness.runWithT("""
                def sa(s, v):
                    l = list(range(6)); l[s] = v; return l
                for s, v in [(slice(1, 3), []), (slice(1, 3), [9, 9, 9, 9]), (slice(None), [1]), (slice(0, 6, 2), 'abc'), (slice(5, None, -2), (7, 8, 9)), (slice(10, 20), [1]), (slice(-2, None), range(3)), (slice(3, 1), 'xy'), (slice(0, 6, 2), [1, 2]), (slice(None, None, -1), list('abcdef')), (slice(1, 2), 5), (slice(None, None, 2), 5)]:
                    t(lambda: sa(s, v))
                def sd(s):
                    l = list(range(10)); del l[s]; return l
                for s in [slice(1, 3), slice(None, None, 2), slice(None, None, -3), slice(8, 1, -2), slice(20, 30), slice(-3, None), 0, -1, 9, 10, 'x']:
                    t(lambda: sd(s))
                l = [1, 2, 3]; l[1:2] = l; print(l)
                l = [1, 2, 3]; l[:] = l[::-1]; print(l)
                l = [1, 2, 3]; l[0] = 'a'; l[-1] = 'c'; print(l)
                def si(c, k, v):
                    c[k] = v
                t(lambda: si([1], 5, 0)); t(lambda: si((1, 2), 0, 1)); t(lambda: si('ab', 0, 'x')); t(lambda: si(5, 0, 1)); t(lambda: si({}, [], 1))
                def di(c, k):
                    del c[k]
                t(lambda: di((1, 2), 0)); t(lambda: di('ab', 0)); t(lambda: di(5, 0)); t(lambda: di({}, 'k')); t(lambda: di({'k': 1}, 'k'))
                """));
    }

    @Test
    void userItemMethods() {
        assertEquals("""
                set a 1
                set slice(1, 2, None) x
                get a
                get slice(1, 2, None)
                1 x 2
                del a
                get a
                KeyError: 'a'
                1
                (1, 2)
                slice(None, None, 2)
                None
                TypeError: 'RO' object does not support item assignment
                ('cgi', 'C', <class 'int'>)
                ('cgi', 'C', ('x', 1))
                """, LibraryHarness.runWithT("""
                class M:
                    def __init__(self): self.d = {}
                    def __getitem__(self, k): print("get", k); return self.d[k]
                    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
                    def __delitem__(self, k): print("del", k); del self.d[k]
                    def __len__(self): return len(self.d)
                m = M(); m['a'] = 1; m[1:2] = 'x'; print(m['a'], m[1:2], len(m)); del m['a']; t(lambda: m['a']); print(len(m))
                class RO:
                    def __getitem__(self, k): return k
                t(lambda: RO()[1, 2]); t(lambda: RO()[::2]); t(lambda: si(RO(), 0, 1) if False else None)
                def si(c, k, v):
                    c[k] = v
                t(lambda: si(RO(), 0, 1))
                class C:
                    def __class_getitem__(cls, k): return ('cgi', cls.__name__, k)
                t(lambda: C[int]); t(lambda: C['x', 1])
                """));
    }
}
