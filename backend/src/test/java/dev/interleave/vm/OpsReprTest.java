package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * repr() and str() of builtin types, exceptions and user classes ({@link Repr}, {@link Ops}).
 * Each snippet runs through the engine after a helper {@code t(f)} that prints
 * {@code repr(f())} or "Type: message"; the expected output was recorded from CPython 3.13.
 */
class OpsReprTest {

    @Test
    void strReprQuotesAndEscapes() {
        assertEquals("""
                '' 2 []
                "'" 3 []
                '"' 3 []
                '\\'"' 5 []
                'a\\\\b' 6 []
                '\\x00\\x01\\x1f\\x7f\\x80\\x9f\\xa0\\xadÿ' 35 ['0xff']
                'Ā\\u2028\\u2029\\u200b\\u200e\\ufeff\\uffff' 39 ['0x100']
                '😀\\U000e0001\\U0010ffff\\U000f0000' 33 ['0x1f600']
                '\\ud800x\\udfff' 15 []
                'tab\\tnl\\ncr\\r' 15 []
                'ĳ Ω 中文 ع' 10 ['0x133', '0x3a9', '0x4e2d', '0x6587', '0x639']
                '\\x1b[0m' 9 []
                '\\u3000 \\xa0 \\u2000' 20 []
                '\\u0378' 8 []
                '̀' 3 ['0x300']
                """, LibraryHarness.runWithT("""
                for s in ['', "'", '"', '\\'"', 'a\\\\b', '\\x00\\x01\\x1f\\x7f\\x80\\x9f\\xa0\\xad\\xff', '\\u0100\\u2028\\u2029\\u200b\\u200e\\ufeff\\uffff', '\\U0001f600\\U000e0001\\U0010ffff\\U000f0000', '\\ud800x\\udfff', 'tab\\tnl\\ncr\\r', '\\u0133 \\u03a9 \\u4e2d\\u6587 \\u0639', '\\x1b[0m', '\\u3000 \\u00a0 \\u2000', '\\u0378', '\\u0300']:
                    r = repr(s)
                    print(r, len(r), [hex(ord(c)) for c in r if ord(c) > 126])
                """));
    }

    @Test
    void containers() {
        assertEquals("""
                ['a', "b'", 'c"', 1, 2.5, None, True, (1,), [], {}, set(), frozenset(), range(0, 3), slice(1, 2, None)]
                [1, 'a'] (1, 'a') {'a': [1, {2: (3,)}]} {1, 2} [1.0, 1e+100, -0.0, nan, inf]
                () (1,) (1, 2) [] {} set() frozenset() frozenset({1, 2}) {1: {2: {}}} [[[]]] ((),)
                [1, [...]] {'self': {...}, 'l': [1, [...]]} [[1, [...]], [1, [...]]] ([1, [...]],)
                ([(...)],)
                """, LibraryHarness.runWithT("""
                print(repr(['a', "b'", 'c"', 1, 2.5, None, True, (1,), [], {}, set(), frozenset(), range(3), slice(1, 2)]))
                print(str([1, 'a']), str((1, 'a')), str({'a': [1, {2: (3,)}]}), str({1, 2}), [1.0, 1e100, -0.0, float('nan'), float('inf')])
                print((), (1,), (1, 2), [], {}, set(), frozenset(), frozenset([1, 2]), {1: {2: {}}}, [[[]]], ((),))
                l = [1]; l.append(l); d = {}; d['self'] = d; d['l'] = l
                print(l, d, [l, l], (l,))
                t2 = ([],); t2[0].append(t2); print(t2)
                """));
    }

    @Test
    void numbersAndSingletons() {
        assertEquals("""
                1000000000000000000000000000000 -1000000000000000000000000000000 18446744073709551616 True False None Ellipsis NotImplemented
                1e+22 1e+21 1.2345678901234568e+17 0.7999999999999999 0.14285714285714285 -1e-07 2.5e-05 100.0 1e+16 9999999999999998.0 5e-324 -inf nan
                range(0, 0) range(-5, 5, -1) range(1, 10, 2) slice(None, None, None) slice('a', (1,), [2])
                ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                4300
                '-1000'
                """, LibraryHarness.runWithT("""
                print(repr(10**30), repr(-10**30), str(2**64), repr(True), str(False), repr(None), repr(...), repr(NotImplemented))
                print(1e22, 1e21, 123456789012345678.0, 0.1 + 0.7, 1/7, -1e-7, 2.5e-5, 100.0, 1e16, 9999999999999998.0, 5e-324, float('-inf'), -float('nan'))
                print(repr(range(0)), repr(range(-5, 5, -1)), repr(range(1, 10, 2)), repr(slice(None, None, None)), repr(slice('a', (1,), [2])))
                t(lambda: str(10**4300)); t(lambda: len(str(10**4299))); t(lambda: repr(-10**4299)[:5])
                """));
    }

    @Test
    void typesAndExceptions() {
        assertEquals("""
                <class 'int'> <class 'str'> <class 'type'> <class 'object'> <class 'ValueError'> <class 'NoneType'> <class 'list_iterator'> <class 'range_iterator'>
                <class '__main__.A'> <class '__main__.B.Inner'> <built-in function len> <built-in function print> <method 'append' of 'list' objects>
                Exception() |  | ()
                Exception('a') | a | ('a',)
                Exception('a', 1) | ('a', 1) | ('a', 1)
                E('x') | x | ('x',)
                E2('y') | custom | ('y',)
                KeyError('k') | 'k' | ('k',)
                KeyError() |  | ()
                KeyError('a', 'b') | ('a', 'b') | ('a', 'b')
                KeyError(1) | 1 | (1,)
                StopIteration(5) | 5 | (5,)
                SystemExit(2) | 2 | (2,)
                ValueError([1, 2]) | [1, 2] | ([1, 2],)
                ArithmeticError(None) | None | (None,)
                [ValueError('x'), KeyError('k')] {'e': E('z')}
                """, LibraryHarness.runWithT("""
                print(repr(int), repr(str), repr(type), repr(object), repr(ValueError), repr(type(None)), repr(type(iter([]))), repr(type(iter(range(1)))))
                class A: pass
                class B(A):
                    class Inner: pass
                print(repr(A), repr(B.Inner), repr(len), repr(print), repr(list.append))
                class E(Exception): pass
                class E2(E):
                    def __str__(self): return "custom"
                for e in [Exception(), Exception('a'), Exception('a', 1), E('x'), E2('y'), KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(1), StopIteration(5), SystemExit(2), ValueError([1, 2]), ArithmeticError(None)]:
                    print(repr(e), '|', str(e), '|', e.args)
                print([ValueError('x'), KeyError('k')], {'e': E('z')})
                """));
    }

    @Test
    void userReprAndStr() {
        assertEquals("""
                R! R! S! [R!, R!] RS! R! R! RS! True
                m RE [RE]
                TypeError: __repr__ returned non-string (type int)
                TypeError: __str__ returned non-string (type int)
                TypeError: __str__ returned non-string (type int)
                TypeError: __repr__ returned non-string (type int)
                """, LibraryHarness.runWithT("""
                class R:
                    def __repr__(self): return 'R!'
                class S:
                    def __str__(self): return 'S!'
                class RS(R):
                    def __str__(self): return 'RS!'
                print(R(), str(R()), S(), [R(), RS()], str(RS()), f"{R()} {RS()!r} {RS()}", repr(S()).startswith('<__main__.S object at 0x'))
                class ReprErr(Exception):
                    def __repr__(self): return 'RE'
                print(str(ReprErr('m')), repr(ReprErr('m')), [ReprErr('q')])
                class K:
                    def __repr__(self): return 5
                class K2:
                    def __str__(self): return 5
                t(lambda: repr(K())); t(lambda: str(K())); t(lambda: str(K2())); t(lambda: [K()])
                """));
    }

    @Test
    void genericAliases() {
        assertEquals("""
                list[int] dict[str, list[int]] tuple[int, ...] type[int] list[None] tuple[()] list['x'] list[__main__.A]
                int | None int | str | None list[int] | None None | int __main__.A | None <class 'int'>
                True True GenericAlias UnionType
                TypeError: unsupported operand type(s) for |: 'type' and 'str'
                TypeError: unsupported operand type(s) for |: 'type' and 'int'
                TypeError: type 'int' is not subscriptable
                TypeError: type 'A' is not subscriptable
                """, LibraryHarness.runWithT("""
                class A: pass
                print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[None], tuple[()], list['x'], list[A])
                print(int | None, int | str | None, list[int] | None, None | int, A | None, int | int)
                print(list[int] == list[int], (int | None) == (None | int), type(list[int]).__name__, type(int | None).__name__)
                t(lambda: int | 'x'); t(lambda: int | 3); t(lambda: int[0]); t(lambda: A[0])
                """));
    }
}
