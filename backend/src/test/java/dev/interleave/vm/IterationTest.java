package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * iter(), next(), containment, len() and truth ({@link Ops}, {@link Iterators}).
 * Each snippet runs through the engine after a helper {@code t(f)} that prints
 * {@code repr(f())} or "Type: message"; the expected output was recorded from CPython 3.13.
 */
class IterationTest {

    @Test
    void iteratorProtocols() {
        assertEquals("""
                [1, 2, 3] True False 6 [2, 4, 6] (1, 2, 3)
                [1, 2] True 2
                [0, 1, 4, 9] True [0, 1, 4, 9] iterator
                TypeError: iter() returned non-iterator of type 'list'
                TypeError: iter() returned non-iterator of type 'list'
                TypeError: 'NoneIter' object is not iterable
                TypeError: 'int' object is not iterable
                TypeError: 'Plain' object is not iterable
                TypeError: 'Plain' object is not iterable
                TypeError: 'list' object is not an iterator
                TypeError: 'Plain' object is not an iterator
                StopIteration:\s
                TypeError: 'int' object is not an iterator
                1 2
                StopIteration: 3
                StopIteration:\s
                1 2
                StopIteration:\s
                dflt
                ['list_iterator', 'tuple_iterator', 'str_ascii_iterator', 'str_iterator', 'dict_keyiterator', 'set_iterator', 'set_iterator', 'range_iterator', 'longrange_iterator']
                """, LibraryHarness.runWithT("""
                class It:
                    def __init__(self): self.n = 0
                    def __iter__(self): return self
                    def __next__(self):
                        self.n += 1
                        if self.n > 3: raise StopIteration
                        return self.n
                print(list(It()), 2 in It(), 5 in It(), sum(It()), [x * 2 for x in It()], tuple(It()))
                class Gi:
                    def __iter__(self):
                        yield 1; yield 2
                print(list(Gi()), 2 in Gi(), max(Gi()))
                class Seq:
                    def __getitem__(self, i):
                        if i >= 4: raise IndexError("x")
                        return i * i
                print(list(Seq()), 9 in Seq(), [*Seq()], type(iter(Seq())).__name__)
                class Bad:
                    def __iter__(self): return [1, 2]
                class NoneIter:
                    __iter__ = None
                class Plain: pass
                t(lambda: list(Bad())); t(lambda: iter(Bad())); t(lambda: iter(NoneIter())); t(lambda: iter(5)); t(lambda: iter(Plain())); t(lambda: list(Plain()))
                t(lambda: next([1])); t(lambda: next(Plain())); t(lambda: next(iter({}))); t(lambda: next(5))
                def g():
                    yield 1
                    yield 2
                    return 3
                gi = g(); print(next(gi), next(gi)); t(lambda: next(gi)); t(lambda: next(gi))
                it = iter([1, 2]); print(next(it), next(it)); t(lambda: next(it)); print(next(it, 'dflt'))
                print([type(iter(x)).__name__ for x in [[], (), '', '\\xe9', {}, set(), frozenset(), range(1), range(10**20)]])
                """));
    }

    @Test
    void mutationDuringIteration() {
        assertEquals("""
                RuntimeError: dictionary changed size during iteration
                RuntimeError: dictionary changed size during iteration
                [1, 5]
                RuntimeError: dictionary keys changed during iteration
                {1: 2}
                RuntimeError: Set changed size during iteration
                None
                [1, 2, 3, 4, 5, 6, 7]
                """, LibraryHarness.runWithT("""
                d = {1: 1, 2: 2}
                def m1():
                    for k in d:
                        d[k * 10] = 0
                t(m1)
                d2 = {1: 1, 2: 2, 3: 3}
                def m2():
                    for k in d2:
                        del d2[k]
                t(m2)
                d3 = {1: 1, 2: 2}
                def m3():
                    out = []
                    for k in d3:
                        out.append(k)
                        if k == 1:
                            del d3[2]; d3[5] = 5
                    return out
                t(m3)
                d4 = {1: 2, 2: 3}
                def m4():
                    for k in d4:
                        del d4[k]; d4[k + 10] = 1
                t(m4)
                d5 = {1: 1}
                def m5():
                    for k in d5:
                        d5[k] = k + 1
                    return d5
                t(m5)
                s = {1, 2, 3}
                def m6():
                    for x in s:
                        s.add(x + 10)
                t(m6)
                s2 = {1, 2, 3}
                def m7():
                    for x in s2:
                        s2.discard(x); s2.add(x + 100)
                t(m7)
                l = [1, 2, 3]
                out = []
                for x in l:
                    out.append(x)
                    if x < 5: l.append(x + 3)
                print(out)
                """));
    }

    @Test
    void containment() {
        assertEquals("""
                TypeError: 'in <string>' requires string as left operand, not int
                True
                True
                TypeError: argument of type 'int' is not iterable
                TypeError: unhashable type: 'list'
                TypeError: unhashable type: 'list'
                True
                True
                True
                False
                True
                True
                True
                True
                True
                True
                True
                TypeError: argument of type 'P' is not iterable
                """, LibraryHarness.runWithT("""
                t(lambda: 1 in 'abc'); t(lambda: 'b' in 'abc'); t(lambda: '' in 'abc'); t(lambda: 1 in 5); t(lambda: [1] in {1}); t(lambda: [1] in {1: 2})
                t(lambda: {1} in {frozenset({1})}); t(lambda: 2.0 in range(3)); t(lambda: True in range(3)); t(lambda: 'a' in range(3)); t(lambda: 10**20 - 1 in range(10**20))
                t(lambda: 3 in [1, 2, 3]); t(lambda: (1, 2) in {(1, 2): 0}); t(lambda: 1 in {1: 2}.values() if False else 1 in {1: 2})
                class Cont:
                    def __contains__(self, x): return x == 'yes'
                class Cont2:
                    def __contains__(self, x): return 1
                class P: pass
                t(lambda: 'yes' in Cont()); t(lambda: 'no' not in Cont()); t(lambda: 3 in Cont2()); t(lambda: 1 in P())
                """));
    }

    @Test
    void lengthAndTruth() {
        assertEquals("""
                [False, False, True, True, False, True, True, True, False, True, False, True, False, False, False, False, False, False, True, False, True, True]
                3
                ValueError: __len__() should return >= 0
                ValueError: __len__() should return >= 0
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: 'str' object cannot be interpreted as an integer
                OverflowError: cannot fit 'int' into an index-sized integer
                TypeError: __bool__ should return bool, returned int
                TypeError: __bool__ should return bool, returned int
                TypeError: object of type 'P' has no len()
                TypeError: object of type 'int' has no len()
                TypeError: object of type 'NoneType' has no len()
                3
                1
                OverflowError: Python int too large to convert to C ssize_t
                """, LibraryHarness.runWithT("""
                class B:
                    def __bool__(self): return False
                class L0:
                    def __len__(self): return 0
                class L3:
                    def __len__(self): return 3
                class Neg:
                    def __len__(self): return -1
                class Str:
                    def __len__(self): return 'a'
                class Huge:
                    def __len__(self): return 2**100
                class BadBool:
                    def __bool__(self): return 1
                class P: pass
                print([bool(x) for x in [B(), L0(), L3(), P(), 0, 1, -1, 2**100, "", "a", [], [0], (), {}, set(), None, 0.0, -0.0, float('nan'), range(0), range(1), range(10**20)]])
                t(lambda: len(L3())); t(lambda: len(Neg())); t(lambda: bool(Neg())); t(lambda: len(Str())); t(lambda: bool(Str())); t(lambda: len(Huge()))
                t(lambda: bool(BadBool())); t(lambda: not BadBool()); t(lambda: len(P())); t(lambda: len(5)); t(lambda: len(None));
                t(lambda: len('a\\U0001f600b')); t(lambda: len({1: 2})); t(lambda: len(range(10**20)))
                """));
    }
}
