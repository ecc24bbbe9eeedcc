package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * hash() with CPython's algorithms for numbers, tuples, ranges and frozensets, and user __hash__ ({@link Hashing}).
 * Each snippet runs through the engine after a helper {@code t(f)} that prints
 * {@code repr(f())} or "Type: message"; the expected output was recorded from CPython 3.13.
 */
class HashTest {

    @Test
    void numbersHashLikeCPython() {
        assertEquals("""
                [0, 1, -2, -2, 42, 2305843009213693950, 0, 1, 0, -2, 2, -2, 4, -4, 8, 549755813888, -549755813888, 465258685558744706, 1, 0]
                [1152921504606846976, -1152921504606846976, 1152921504606846977, 1224995262755759164, 482449582752280463, 16777216, 1051464412201451643, -2, 1864712049423028464, 512, -549755813888, 230584300921369408, 314159, -314159, 1, 2]
                True 0 4238894112 True
                """, LibraryHarness.runWithT("""
                print([hash(x) for x in [0, 1, -1, -2, 42, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**62, -2**62, 2**63, -2**63, 2**64, 2**100, -(2**100), 10**30, True, False]])
                print([hash(x) for x in [0.5, -0.5, 1.5, 1e300, 1e-300, 5e-324, 123.456, -1.0, 1e22, 2.0**70, -2.0**100, 0.1, float('inf'), float('-inf'), 2.0**61, 2.0**62]])
                print(hash(2.0) == hash(2), hash(-0.0), hash(None), hash(1e16) == hash(10**16))
                """));
    }

    @Test
    void tuplesRangesSlicesFrozensets() {
        assertEquals("""
                5740354900026072187 -8753497827991233192 -3550055125485641917 2562241350659811092 308769099631933579 -2939794377302041199
                -7546101314042312252 2676694398852732306 -7048428680432378585 -1816567394155750349 True 6178378689728963704
                -2178470213028018262 -4682449159006217827 133146708735736 -272375401224217160 3819360209092968377 4411996150312757951
                """, LibraryHarness.runWithT("""
                print(hash(()), hash((0,)), hash((1, 2)), hash((1, 2.5, None, -1, (True, False))), hash((2**64,)), hash((1, (2, (3,)))))
                print(hash(range(10)), hash(range(0)), hash(range(5, 6)), hash(range(0, 10, 3)), hash(range(0, 10, 3)) == hash(range(0, 11, 3)), hash(range(10**20)))
                print(hash(slice(1, 2)), hash(slice(1, None, 2)), hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2)])), hash(frozenset(range(100))))
                """));
    }

    @Test
    void unhashableAndUserHashes() {
        assertEquals("""
                TypeError: unhashable type: 'list'
                TypeError: unhashable type: 'dict'
                TypeError: unhashable type: 'set'
                TypeError: unhashable type: 'list'
                TypeError: unhashable type: 'list'
                TypeError: unhashable type: 'list'
                TypeError: unhashable type: 'Eq'
                7
                TypeError: __hash__ method should return an integer
                True
                -2
                7
                TypeError: unhashable type: 'NoneHash'
                TypeError: unhashable type: 'Eq'
                'k1'
                'k1'
                'k1'
                'two'
                False
                {1: 'bool'}
                {2305843009213693951: 'a', 0: 'b', -1: 'c', -2: 'd', 2.305843009213694e+18: 'e'} e b
                """, LibraryHarness.runWithT("""
                t(lambda: hash([])); t(lambda: hash({})); t(lambda: hash(set())); t(lambda: hash((1, []))); t(lambda: {[]: 1}); t(lambda: {1, (2, [3])})
                class Eq:
                    def __eq__(self, o): return True
                class EqHash(Eq):
                    def __hash__(self): return 7
                class BadHash:
                    def __hash__(self): return 'x'
                class BigHash:
                    def __hash__(self): return 10**30
                class NegOne:
                    def __hash__(self): return -1
                class Inherit(EqHash): pass
                class NoneHash:
                    __hash__ = None
                t(lambda: hash(Eq())); t(lambda: hash(EqHash())); t(lambda: hash(BadHash())); t(lambda: hash(BigHash()) == hash(10**30)); t(lambda: hash(NegOne()))
                t(lambda: hash(Inherit())); t(lambda: hash(NoneHash())); t(lambda: {Eq(): 1})
                class K:
                    def __init__(self, v): self.v = v
                    def __hash__(self): return hash(self.v)
                    def __eq__(self, o): return isinstance(o, K) and o.v == self.v or o == self.v
                dk = {K(1): 'k1', 2: 'two'}
                t(lambda: dk[K(1)]); t(lambda: dk[1]); t(lambda: dk[1.0]); t(lambda: dk[K(2)]); t(lambda: K(3) in dk)
                d = {1: 'int'}; d[1.0] = 'float'; d[True] = 'bool'; print(d)
                d3 = {}; d3[2**61 - 1] = 'a'; d3[0] = 'b'; d3[-1] = 'c'; d3[-2] = 'd'; d3[2.0**61] = 'e'; print(d3, d3[2**61], d3[0.0])
                """));
    }
}
