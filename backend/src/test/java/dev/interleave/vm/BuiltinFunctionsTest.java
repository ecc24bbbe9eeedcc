package dev.interleave.vm;

import static dev.interleave.vm.LibraryHarness.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The builtin functions of BuiltinFunctions and NumericBuiltins.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class BuiltinFunctionsTest {

    @Test
    void print() {
        assertEquals("""
                a-b!
                1 2.5 None True [1, 'x']

                to stderr
                ['a', ',', '1', ',', 'None', '.', '<flush>']
                ['a', ',', '1', ',', 'None', '.', '<flush>', 'captured', ' ', '42', '\\n']
                before inside
                S! after
                TypeError: sep must be None or a string, not int
                TypeError: end must be None or a string, not int
                TypeError: print() got an unexpected keyword argument 'foo'
                AttributeError: 'int' object has no attribute 'write'
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                import sys
                print("a", "b", sep="-", end="!\\n")
                print(1, 2.5, None, True, [1, 'x'], sep=None, end=None)
                print()
                print("to stderr", file=sys.stderr)
                class W:
                    def __init__(self): self.parts = []
                    def write(self, s): self.parts.append(s)
                    def flush(self): self.parts.append('<flush>')
                w = W()
                print("a", 1, None, sep=",", end=".", file=w, flush=True)
                print(w.parts)
                old = sys.stdout
                sys.stdout = w
                print("captured", 42)
                sys.stdout = old
                print(w.parts)
                class S:
                    def __str__(self):
                        print("inside")
                        return "S!"
                print("before", S(), "after")
                t(lambda: print(sep=1))
                t(lambda: print(end=1))
                t(lambda: print(foo=1))
                t(lambda: print('x', file=1))
                """).stripTrailing() + "\n");
    }

    @Test
    void numbers() {
        assertEquals("""
                3 3.5 1180591620717411303424 1 0.0
                (3, 2) (-4, 3) (-4, -1) (3.0, 2.5) (-4.0, 0.5) (181092942889747057356671886482, 2) (0, 1) (-0.0, 0.0)
                1267650600228229401496703205376 376 5 4 -1 3 0 6.25 8 3
                2 4 2.67 0 20 0
                16 1.0 6.5 9223372036854775809 inf 1.3 [1, 2] 285 2 6
                -0b101 0o10 -0xff 0x400000000000000000 0b1 True 65 128512 ☃
                5 3 a empty 3 (5, 'a') 3 2
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                print(abs(-3), abs(-3.5), abs(-2**70), abs(True), abs(-0.0))
                print(divmod(17, 5), divmod(-17, 5), divmod(7, -2), divmod(17.5, 5), divmod(-7.5, 2), divmod(2**100, 7), divmod(True, 2), divmod(-0.0, 1))
                print(pow(2, 100), pow(2, 100, 1000), pow(3, -1, 7), pow(4, -2, 7), pow(3, 2, -5), pow(-3, 3, 5), pow(5, 0, 1), pow(2.5, 2), pow(base=2, exp=3), pow(2, exp=3, mod=5))
                print(round(2.5), round(3.5), round(2.675, 2), round(5, -1), round(15, -1), round(-0.5))
                print(sum([1, 2, 3], 10), sum([0.1] * 10), sum([1, 2.5, 3]), sum([2**63, 1]), sum([1e308, 1e308, -1e308]), sum([0.1, 1, 0.2]), sum([[1], [2]], []), sum(x * x for x in range(10)), sum([True, True]), sum([1], start=5))
                print(bin(-5), oct(8), hex(-255), hex(2**70), bin(True), chr(0x10FFFF) == '\\U0010ffff', ord('A'), ord('😀'), chr(9731))
                print(max([1, 5, 3]), max(3, 3.0), min('bca'), max([], default='empty'), min([1, 2, 3], key=lambda x: -x), min((5, 'a'), (5, 'b')), max(iter([3, 1, 3.0])), max([1, 2], key=None))
                """).stripTrailing() + "\n");
    }

    @Test
    void numberErrors() {
        assertEquals("""
                TypeError: bad operand type for abs(): 'str'
                ZeroDivisionError: integer division or modulo by zero
                ZeroDivisionError: float divmod()
                TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'
                TypeError: divmod expected 2 arguments, got 1
                ValueError: base is not invertible for the given modulus
                ValueError: pow() 3rd argument cannot be 0
                TypeError: pow() 3rd argument not allowed unless all arguments are integers
                TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'
                TypeError: pow() missing required argument 'exp' (pos 2)
                TypeError: type str doesn't define __round__ method
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: sum() can't sum strings [use ''.join(seq) instead]
                TypeError: sum() can't sum strings [use ''.join(seq) instead]
                TypeError: sum() takes at least 1 positional argument (0 given)
                TypeError: sum() takes at most 2 arguments (3 given)
                ValueError: max() iterable argument is empty
                ValueError: min() iterable argument is empty
                TypeError: max expected at least 1 argument, got 0
                TypeError: 'int' object is not iterable
                TypeError: Cannot specify a default for min() with multiple positional arguments
                TypeError: max() got an unexpected keyword argument 'foo'
                TypeError: min expected at least 1 argument, got 0
                ValueError: chr() arg not in range(0x110000)
                ValueError: chr() arg not in range(0x110000)
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: ord() expected a character, but string of length 2 found
                TypeError: ord() expected string of length 1, but int found
                TypeError: 'float' object cannot be interpreted as an integer
                TypeError: object of type 'int' has no len()
                TypeError: len() takes exactly one argument (0 given)
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                t(lambda: abs('a'))
                t(lambda: divmod(1, 0))
                t(lambda: divmod(1.0, 0))
                t(lambda: divmod('a', 1))
                t(lambda: divmod(1))
                t(lambda: pow(2, -1, 4))
                t(lambda: pow(2, 1, 0))
                t(lambda: pow(2.0, 1, 3))
                t(lambda: pow(2, 2, 'a'))
                t(lambda: pow(1))
                t(lambda: round('a'))
                t(lambda: round(1.5, 'a'))
                t(lambda: sum(['a'], ''))
                t(lambda: sum([1], ''))
                t(lambda: sum())
                t(lambda: sum([], 1, 2))
                t(lambda: max([]))
                t(lambda: min([]))
                t(lambda: max())
                t(lambda: max(1))
                t(lambda: min(1, 2, default=3))
                t(lambda: max(1, 2, foo=1))
                t(lambda: min(foo=1))
                t(lambda: chr(-1))
                t(lambda: chr(0x110000))
                t(lambda: chr('a'))
                t(lambda: ord('ab'))
                t(lambda: ord(1))
                t(lambda: bin(1.5))
                t(lambda: len(1))
                t(lambda: len())
                """).stripTrailing() + "\n");
    }

    @Test
    void iterators() {
        assertEquals("""
                [(0, 'a'), (1, 'b')] [(10, 'a'), (11, 'b')] [(-1, 'x'), (0, 'y')] [(1180591620717411303424, 'a'), (1180591620717411303425, 'b')]
                [('a', 0, True), ('b', 1, True), ('c', 2, True)] [] [('a', 'a'), ('b', 'b')]
                [4, 10, 18] ['0', '1', '2'] [4]
                [2, 3] [1, 'a', [0]] [2]
                [3, 2, 1] [2, 1] ['c', 'b', 'a'] [4, 3, 2, 1, 0] [7, 4, 1] ['b', 'a']
                [20, 10, 0] ['r', 'e', 'v'] 0 30 [20, 10, 0]
                1 2 3 done
                [1, 2, 3] [2]
                True False False True True
                enumerate zip map filter list_reverseiterator reversed range_iterator callable_iterator
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                print(list(enumerate('ab')), list(enumerate('ab', 10)), list(enumerate(iterable='xy', start=-1)), list(enumerate('ab', 2**70)))
                print(list(zip('abc', range(3), [True] * 3)), list(zip()), list(zip('ab', 'abc')))
                print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(map(str, range(3))), list(map(pow, [2, 3], [2])))
                print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(bool, [0, 2])))
                print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed({'a': 1, 'b': 2})))
                class Seq:
                    def __len__(self): return 3
                    def __getitem__(self, i): return [0, 10, 20][i]
                class R:
                    def __reversed__(self): return iter('rev')
                print(list(reversed(Seq())), list(reversed(R())), min(Seq()), sum(Seq()), sorted(Seq(), reverse=True))
                it = iter([1, 2, 3])
                print(next(it), next(it), next(it), next(it, 'done'))
                cnt = [0]
                def counter():
                    cnt[0] += 1
                    return cnt[0]
                print(list(iter(counter, 4)), list(iter([1, 2].pop, 1)))
                print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]), any(x > 1 for x in [1, 2]))
                print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__, type(reversed(())).__name__, type(reversed(range(2))).__name__, type(iter(int, 1)).__name__)
                """).stripTrailing() + "\n");
    }

    @Test
    void iteratorErrors() {
        assertEquals("""
                ValueError: zip() argument 2 is longer than argument 1
                ValueError: zip() argument 2 is shorter than argument 1
                ValueError: zip() argument 3 is shorter than arguments 1-2
                ValueError: zip() argument 3 is longer than arguments 1-2
                TypeError: zip() got an unexpected keyword argument 'foo'
                TypeError: 'int' object is not iterable
                TypeError: map() must have at least two arguments.
                TypeError: map() takes no keyword arguments
                TypeError: filter expected 2 arguments, got 1
                TypeError: enumerate() missing required argument 'iterable'
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: 'int' object is not reversible
                TypeError: 'set' object is not reversible
                TypeError: reversed expected 1 argument, got 0
                TypeError: iter(v, w): v must be callable
                TypeError: iter expected at least 1 argument, got 0
                StopIteration:\s
                TypeError: 'int' object is not an iterator
                TypeError: 'N' object is not reversible
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                t(lambda: list(zip('ab', 'abc', strict=True)))
                t(lambda: list(zip('abc', 'ab', strict=True)))
                t(lambda: list(zip('ab', 'ab', 'a', strict=True)))
                t(lambda: list(zip('a', 'a', 'ab', strict=True)))
                t(lambda: zip('a', foo=1))
                t(lambda: zip(1))
                t(lambda: map(len))
                t(lambda: map(len, [1], foo=2))
                t(lambda: filter(len))
                t(lambda: enumerate())
                t(lambda: enumerate([], 'a'))
                t(lambda: reversed(1))
                t(lambda: reversed({1}))
                t(lambda: reversed())
                t(lambda: iter(1, 2))
                t(lambda: iter())
                t(lambda: next(iter([])))
                t(lambda: next(1))
                class N:
                    __reversed__ = None
                    def __len__(self): return 1
                    def __getitem__(self, i): return i
                t(lambda: reversed(N()))
                """).stripTrailing() + "\n");
    }

    @Test
    void objects() {
        assertEquals("""
                'a\\nb' '\\xe9\\n\\u2603\\U0001f600' [1, '\\xe9'] 3.14 00101010 axxxx 1.5
                True True True True 1152921504606846977
                True False True True
                ['cls_attr', 'method'] ['cls_attr', 'k', 'method'] True True
                {'k': 5}
                TypeError: vars() argument must have __dict__ attribute
                TypeError: format() argument 2 must be str, not int
                TypeError: unsupported format string passed to NoneType.__format__
                TypeError: unhashable type: 'list'
                TypeError: dir expected at most 1 argument, got 2
                RuntimeError: input() is not available: Interleave programs have no console input
                PermissionError: open() is not available: Interleave programs cannot open files
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                print(repr('a\\nb'), ascii('é\\n☃😀'), ascii([1, 'é']), format(3.14159, '.2f'), format(42, '08b'), format('a', 'x<5'), format(1.5))
                x = [1, 2]
                print(id(x) == id(x), id(x) != id([]), hash(1) == hash(1.0), hash('abc') == hash('abc'), hash(1.5))
                print(callable(print), callable(1), callable(lambda: 0), callable(int))
                class K:
                    cls_attr = 1
                    def __init__(self): self.k = 5
                    def method(self): pass
                print([n for n in dir(K) if not n.startswith('__')], [n for n in dir(K()) if not n.startswith('__')], 'append' in dir([]), 'k' in dir(K()))
                print(vars(K()))
                t(lambda: vars(1))
                t(lambda: format(1, 2))
                t(lambda: format(None, 'd'))
                t(lambda: hash([]))
                t(lambda: dir(1, 2))
                t(lambda: input())
                t(lambda: open('x'))
                """).stripTrailing() + "\n");
    }
}
