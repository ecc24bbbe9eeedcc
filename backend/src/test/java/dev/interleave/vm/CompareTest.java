package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Rich comparison ({@link Compare}): numbers, strings, sequences, containers, user methods.
 * Each snippet runs through the engine after a helper {@code t(f)} that prints
 * {@code repr(f())} or "Type: message"; the expected output was recorded from CPython 3.13.
 */
class CompareTest {

    @Test
    void numbersAcrossTypes() {
        assertEquals("""
                =<><===<<<<<><<>? False
                >=>=>>>><<<<><<>? False
                <<=<<<<<<<<<><<>? False
                >=>=>>>><<<<><<>? False
                =<><===<<<<<><<>? False
                =<><===<<<<<><<>? False
                =<><===<<<<<><<>? False
                ><><>>>=<<<<><<>? False
                >>>>>>>>=<=<><<>? False
                >>>>>>>>>=><><<>? False
                >>>>>>>>=<=<><<>? False
                >>>>>>>>>>>=>><>? False
                <<<<<<<<<<<<=<<>? False
                >>>>>>>>>>><>=<>? False
                >>>>>>>>>>>>>>=>? False
                <<<<<<<<<<<<<<<=? False
                ????????????????? True
                """, LibraryHarness.runWithT("""
                vals = [0, 1, -1, True, False, 0.0, -0.0, 0.5, 2**53, 2**53 + 1, float(2**53), 10**400, -10**400, 1e308, float('inf'), float('-inf'), float('nan')]
                for a in vals:
                    print(''.join('<' if a < b else '=' if a == b else '>' if a > b else '?' for b in vals), a != a)
                """));
    }

    @Test
    void stringsByCodePoint() {
        assertEquals("""
                True
                False
                True
                True
                True
                ['', 'A', 'a', 'ab', 'b', 'z', 'é', '￮', '😀']
                TypeError: '<' not supported between instances of 'str' and 'int'
                TypeError: '>=' not supported between instances of 'str' and 'int'
                True
                True
                """, LibraryHarness.runWithT("""
                t(lambda: 'abc' < 'abd'); t(lambda: 'a' < 'B'); t(lambda: 'ab' < 'abc'); t(lambda: '' < 'a'); t(lambda: '\\uffff' < '\\U0001f600')
                t(lambda: sorted(['b', 'a', '\\xe9', 'z', '\\U0001f600', '\\uffee', 'A', 'ab', '']))
                t(lambda: 'a' < 1); t(lambda: 'b' >= 2); t(lambda: 'x' == 'x'); t(lambda: 'x' != 'y')
                """));
    }

    @Test
    void sequencesLexicographic() {
        assertEquals("""
                True
                True
                True
                True
                TypeError: '<' not supported between instances of 'str' and 'int'
                False
                TypeError: '<' not supported between instances of 'list' and 'tuple'
                False
                False
                True
                True
                False
                True
                False
                True
                """, LibraryHarness.runWithT("""
                t(lambda: [1, 2] < [1, 3]); t(lambda: [1, 2] < [1, 2, 0]); t(lambda: (1, 2) == (1, 2)); t(lambda: (1, 'a') < (1, 'b'))
                t(lambda: [1, 'a'] < [1, 2]); t(lambda: [1, 'a'] == [1, 2]); t(lambda: [1] < (1,)); t(lambda: [1] == (1,)); t(lambda: [] < [])
                t(lambda: [[1, 2], [0]] > [[1, 2]]); t(lambda: (1, 2, 3) >= (1, 2)); t(lambda: [float('nan')] == [float('nan')])
                x = float('nan'); t(lambda: [x] == [x]); t(lambda: (x,) < (x,)); t(lambda: x in [x])
                """));
    }

    @Test
    void dictSetRangeSlice() {
        assertEquals("""
                True
                False
                True
                TypeError: '<' not supported between instances of 'dict' and 'dict'
                True
                True
                True
                False
                True
                True
                True
                TypeError: '<' not supported between instances of 'set' and 'list'
                False
                True
                True
                True
                False
                TypeError: '<' not supported between instances of 'range' and 'range'
                True
                True
                True
                TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'
                False
                """, LibraryHarness.runWithT("""
                t(lambda: {1: 2} == {1: 2}); t(lambda: {1: 2} == {1: 3}); t(lambda: {1: 2, 3: 4} == {3: 4, 1: 2}); t(lambda: {1: 2} < {1: 2})
                t(lambda: {1, 2} == {2, 1}); t(lambda: {1} < {1, 2}); t(lambda: {1, 2} <= {1, 2}); t(lambda: {1, 2} < {1, 2}); t(lambda: {1, 3} > {1})
                t(lambda: frozenset({1}) == {1}); t(lambda: {1} >= frozenset()); t(lambda: {1} < [1]); t(lambda: {1} == [1])
                t(lambda: range(0) == range(5, 2)); t(lambda: range(1, 2, 5) == range(1, 3, 7)); t(lambda: range(5) == range(0, 5, 1)); t(lambda: range(3) == [0, 1, 2]); t(lambda: range(3) < range(4))
                t(lambda: slice(1, 2) == slice(1, 2)); t(lambda: slice(1, 2) < slice(1, 3)); t(lambda: None == None); t(lambda: None < None); t(lambda: None == 0)
                """));
    }

    @Test
    void userRichComparison() {
        assertEquals("""
                eq 1
                True
                eq 1
                True
                lt 1
                True
                lt 2
                False
                TypeError: '<=' not supported between instances of 'Cmp' and 'Cmp'
                lt 1
                TypeError: '<' not supported between instances of 'Cmp' and 'int'
                lt 1
                TypeError: '>' not supported between instances of 'int' and 'Cmp'
                eq 1
                False
                eq 1
                False
                Sub.gt 2
                True
                lt 1
                True
                lt 1
                lt 2
                lt 1
                lt 2
                lt 2
                lt 2
                [C1, C2, C3]
                eq 1
                True
                eq 1
                lt 1
                True
                eq 0
                eq 1
                True
                'custom-ne'
                False
                'custom-ne'
                True
                False
                False
                TypeError: '<' not supported between instances of 'Plain' and 'Plain'
                TypeError: '>=' not supported between instances of 'Plain' and 'int'
                'yes'
                'yes'
                0
                False
                False
                """, LibraryHarness.runWithT("""
                class Cmp:
                    def __init__(self, v): self.v = v
                    def __eq__(self, o): print("eq", self.v); return isinstance(o, Cmp) and self.v == o.v
                    def __lt__(self, o): print("lt", self.v); return self.v < o.v if isinstance(o, Cmp) else NotImplemented
                    def __repr__(self): return "C%d" % self.v
                class Sub(Cmp):
                    def __gt__(self, o): print("Sub.gt", self.v); return True
                t(lambda: Cmp(1) == Cmp(1)); t(lambda: Cmp(1) != Cmp(2)); t(lambda: Cmp(1) < Cmp(2)); t(lambda: Cmp(1) > Cmp(2)); t(lambda: Cmp(1) <= Cmp(2))
                t(lambda: Cmp(1) < 3); t(lambda: 3 > Cmp(1)); t(lambda: Cmp(1) == 3); t(lambda: 3 == Cmp(1)); t(lambda: Cmp(1) < Sub(2)); t(lambda: Sub(1) < Cmp(2))
                t(lambda: sorted([Cmp(3), Cmp(1), Cmp(2)])); t(lambda: [Cmp(1)] == [Cmp(1)]); t(lambda: (1, Cmp(1)) < (1, Cmp(2))); t(lambda: Cmp(1) in [Cmp(0), Cmp(1)])
                class NE:
                    def __ne__(self, o): return "custom-ne"
                t(lambda: NE() != 1); t(lambda: NE() == 1); t(lambda: 1 != NE())
                class Plain: pass
                p = Plain(); t(lambda: p == p); t(lambda: p != p); t(lambda: Plain() == Plain()); t(lambda: p < p); t(lambda: p >= 1)
                class Weird:
                    def __lt__(self, o): return "yes"
                    def __eq__(self, o): return 0
                t(lambda: Weird() < 1); t(lambda: 1 > Weird()); t(lambda: Weird() == 1); t(lambda: [Weird()] == [Weird()]); t(lambda: Weird() in [1, 2])
                """));
    }

    @Test
    void bigIntsAgainstFloats() {
        assertEquals("""
                False
                True
                True
                True
                False
                True
                True
                False
                True
                True
                True
                """, LibraryHarness.runWithT("""
                t(lambda: 2**53 + 1 == 2.0**53); t(lambda: 2**53 + 1 > 2.0**53); t(lambda: 10**400 > 1e308); t(lambda: -10**400 < -1e308)
                t(lambda: 10**400 == float('inf')); t(lambda: 10**400 < float('inf')); t(lambda: 2**1024 > 1.7976931348623157e308)
                t(lambda: 9007199254740993 < 9007199254740992.0); t(lambda: 9007199254740993 <= 9007199254740994.0); t(lambda: 1 == 1.0); t(lambda: True == 1.0)
                """));
    }
}
