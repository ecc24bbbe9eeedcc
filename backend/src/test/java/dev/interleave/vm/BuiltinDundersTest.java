package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Special methods of the builtin types called directly (list.__getitem__, int.__format__,
 * int.__new__, object.__setattr__, ...), dict views' operators and hashability, and OSError's
 * errno attributes and subclass selection.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class BuiltinDundersTest {

    /** Dunders of int, float, str, tuple, list, dict, set and object called directly, with their argument errors. */
    @Test
    void directCalls() {
        assertEquals("""
                '5'
                '00005'
                '0xff'
                '1.500'
                '1.5'
                '   ab'
                '111'
                '2.000000e+00'
                ' x '
                TypeError: __format__() argument must be str, not int
                ValueError: Unknown format code 'd' for object of type 'str'
                '1'
                'True'
                TypeError: int.__format__() takes exactly one argument (0 given)
                TypeError: descriptor '__format__' for 'int' objects doesn't apply to a 'str' object
                TypeError: int.__format__() takes no keyword arguments
                '5'
                '1.5'
                "'a'"
                'a'
                "[1, 'a']"
                "{1: 'a'}"
                '{1}'
                'frozenset()'
                '(1,)'
                10
                [20, 30]
                3
                True
                [10, 20, 30]
                [5, 20, 30]
                [5, 30]
                IndexError: list index out of range
                2
                TypeError: descriptor '__getitem__' for 'list' objects doesn't apply to a 'tuple' object
                TypeError: list.__getitem__() takes exactly one argument (0 given)
                TypeError: expected 0 arguments, got 1
                TypeError:  expected 2 arguments, got 1
                TypeError: expected 1 argument, got 0
                1
                KeyError: 'b'
                {'a': 1, 'b': 2}
                2
                True
                TypeError: dict.__contains__() takes exactly one argument (0 given)
                ['a', 'b']
                None
                {'a': 1}
                3
                3
                True
                [1, 2, 3]
                TypeError: expected 1 argument, got 0
                'e'
                5
                True
                ['h', 'e', 'l', 'l', 'o']
                TypeError: 'in <string>' requires string as left operand, not int
                2
                True
                TypeError: set.__contains__() takes exactly one argument (0 given)
                [1, 2]
                True
                TypeError: expected 0 arguments, got 1
                True
                True
                NotImplemented
                True
                NotImplemented
                True
                NotImplemented
                True
                None
                True
                True
                5
                TypeError: int.__new__(X): X is not a type object (int)
                TypeError: int.__new__(str): str is not a subtype of int
                TypeError: int.__new__(): not enough arguments
                2.0
                (1,)
                '5'
                []
                {}
                frozenset({1})
                TypeError: object.__format__() takes exactly one argument (0 given)
                TypeError: __format__() argument must be str, not int
                TypeError: unsupported format string passed to A.__format__
                TypeError: expected 1 argument, got 0
                TypeError:  expected 2 arguments, got 1
                TypeError: attribute name must be string, not 'int'
                TypeError: expected 1 argument, got 0
                TypeError: expected 0 arguments, got 1
                7
                TypeError: A() takes no arguments
                TypeError: object.__init__() takes exactly one argument (the instance to initialize)
                """.stripTrailing() + "\n", LibraryHarness.runWithT("""
                t(lambda: (5).__format__('d'))
                t(lambda: (5).__format__('05'))
                t(lambda: (255).__format__('#x'))
                t(lambda: (1.5).__format__('.3f'))
                t(lambda: (1.5).__format__(''))
                t(lambda: 'ab'.__format__('>5'))
                t(lambda: int.__format__(7, 'b'))
                t(lambda: float.__format__(2.0, 'e'))
                t(lambda: str.__format__('x', '^3'))
                t(lambda: (5).__format__(3))
                t(lambda: 'x'.__format__('d'))
                t(lambda: True.__format__('d'))
                t(lambda: True.__format__(''))
                t(lambda: int.__format__(5))
                t(lambda: int.__format__('x', 'd'))
                t(lambda: (5).__format__(spec='d'))
                t(lambda: int.__repr__(5))
                t(lambda: float.__repr__(1.5))
                t(lambda: str.__repr__('a'))
                t(lambda: str.__str__('a'))
                t(lambda: list.__repr__([1, 'a']))
                t(lambda: dict.__repr__({1: 'a'}))
                t(lambda: set.__repr__(set([1])))
                t(lambda: frozenset.__repr__(frozenset()))
                t(lambda: tuple.__repr__((1,)))
                x = [10, 20, 30]
                t(lambda: list.__getitem__(x, 0))
                t(lambda: list.__getitem__(x, slice(1, None)))
                t(lambda: list.__len__(x))
                t(lambda: list.__contains__(x, 20))
                t(lambda: list(list.__iter__(x)))
                list.__setitem__(x, 0, 5); print(x)
                list.__delitem__(x, 1); print(x)
                t(lambda: x.__getitem__(5))
                t(lambda: x.__len__())
                t(lambda: list.__getitem__((1,), 0))
                t(lambda: list.__getitem__(x))
                t(lambda: list.__len__(x, 1))
                t(lambda: list.__setitem__(x, 1))
                t(lambda: list.__contains__(x))
                d = {'a': 1}
                t(lambda: dict.__getitem__(d, 'a'))
                t(lambda: dict.__getitem__(d, 'b'))
                dict.__setitem__(d, 'b', 2); print(d)
                t(lambda: dict.__len__(d))
                t(lambda: dict.__contains__(d, 'a'))
                t(lambda: dict.__contains__(d))
                t(lambda: list(dict.__iter__(d)))
                t(lambda: d.__delitem__('b'))
                print(d)
                tp = (1, 2, 3)
                t(lambda: tuple.__getitem__(tp, -1))
                t(lambda: tuple.__len__(tp))
                t(lambda: tuple.__contains__(tp, 2))
                t(lambda: list(tuple.__iter__(tp)))
                t(lambda: tuple.__getitem__(tp))
                s = 'hello'
                t(lambda: str.__getitem__(s, 1))
                t(lambda: str.__len__(s))
                t(lambda: str.__contains__(s, 'ell'))
                t(lambda: list(str.__iter__(s)))
                t(lambda: str.__contains__(s, 1))
                st = set([1, 2])
                t(lambda: set.__len__(st))
                t(lambda: set.__contains__(st, 1))
                t(lambda: set.__contains__(st))
                t(lambda: sorted(set.__iter__(st)))
                t(lambda: frozenset.__contains__(frozenset([1]), 1))
                t(lambda: set.__len__(st, 2))
                t(lambda: list.__eq__([1], [1]))
                t(lambda: list.__lt__([1], [2]))
                t(lambda: list.__eq__([1], (1,)))
                t(lambda: str.__eq__('a', 'a'))
                t(lambda: str.__lt__('a', 1))
                t(lambda: dict.__eq__({}, {}))
                t(lambda: dict.__lt__({}, {}))
                t(lambda: set.__le__(set([1]), frozenset([1, 2])))
                t(lambda: list.__hash__)
                t(lambda: hash(frozenset([1])) == frozenset.__hash__(frozenset([1])))
                t(lambda: str.__hash__('x') == hash('x'))
                t(lambda: int.__new__(int, '5'))
                t(lambda: int.__new__(5))
                t(lambda: int.__new__(str))
                t(lambda: int.__new__())
                t(lambda: float.__new__(float, 2))
                t(lambda: tuple.__new__(tuple, [1]))
                t(lambda: str.__new__(str, 5))
                t(lambda: list.__new__(list))
                t(lambda: dict.__new__(dict))
                t(lambda: frozenset.__new__(frozenset, [1]))
                class A:
                    pass
                a = A()
                t(lambda: object.__format__(a))
                t(lambda: object.__format__(a, 1))
                t(lambda: object.__format__(a, 'x'))
                t(lambda: object.__eq__(a))
                t(lambda: object.__setattr__(a, 'x'))
                t(lambda: object.__setattr__(a, 1, 2))
                t(lambda: object.__getattribute__(a))
                t(lambda: object.__str__(a, 1))
                class B:
                    def __new__(cls, x):
                        o = super().__new__(cls)
                        o.x = x
                        return o
                print(B(7).x)
                t(lambda: A(1))
                class C:
                    def __init__(self):
                        super().__init__(1)
                t(lambda: C())
                """).stripTrailing() + "\n");
    }

    /** Set operations of dict views (CPython's algorithms, hence its orders) and their hashability. */
    @Test
    void dictViews() {
        assertEquals("""
                TypeError: 'int' object is not iterable
                TypeError: 'int' object is not iterable
                TypeError: 'int' object is not iterable
                {7, 12, 14, 17, 19, 21}
                {0, 1, 3, 5, 6, 7, 8, 10, 12, 13, 14, 15, 17, 19, 21}
                {6, 7, 12, 13, 14, 15, 17, 19, 21}
                {0, 1, 3, 5, 8, 10}
                {0, 1, 3, 5, 8, 10}
                {0, 3, 14, 7}
                {0, 1, 3, 5, 7, 8, 10, 12, 14}
                {0, 3, 14, 7}
                {100}
                {0, 33, 1, 5, 7, 40, 8, 10, 12, 14, 17, 19, 21}
                {0, 33, 1, 3, 5, 7, 40, 8, 10, 12, 14, 17, 19, 21}
                {(7, 1), (0, 0)}
                {(7, 1), (10, 8), (21, 3), (5, 4), (3, 7), (17, 9), (19, 6), (1, 10), (12, 5), (14, 2), (8, 11)}
                TypeError: unhashable type: 'dict_keys'
                TypeError: unhashable type: 'dict_items'
                None
                None
                'int'
                """.stripTrailing() + "\n", LibraryHarness.runWithT("""
                d = {i * 7 % 23: i for i in range(12)}
                e = {i * 5 % 17: i for i in range(9)}
                k = d.keys()
                t(lambda: k & 1)
                t(lambda: k | 1)
                t(lambda: 1 - k)
                t(lambda: k - e.keys())
                t(lambda: k | e.keys())
                t(lambda: k ^ e.keys())
                t(lambda: k & e.keys())
                t(lambda: e.keys() & k)
                t(lambda: set([3, 100, 14, 7, 0]) & k)
                t(lambda: k & set([3, 100, 14, 7, 0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12]))
                t(lambda: k & [3, 100, 14, 7, 0])
                t(lambda: [3, 100, 14, 7, 0] - k)
                t(lambda: set([40, 3, 33]) ^ k)
                t(lambda: set([40, 3, 33]) | k)
                t(lambda: d.items() & set([(0, 0), (7, 1)]))
                t(lambda: d.items() - set([(0, 0)]))
                t(lambda: hash(d.keys()))
                t(lambda: hash(d.items()))
                t(lambda: d.keys().__hash__)
                t(lambda: d.items().__hash__)
                t(lambda: type(hash(d.values())).__name__)
                """).stripTrailing() + "\n");
    }

    /** OSError(errno, strerror, filename, winerror, filename2): attributes, args, str and the errno map. */
    @Test
    void osError() {
        assertEquals("""
                OSError OSError()  () None None None None
                OSError OSError('x') x ('x',) None None None None
                FileNotFoundError FileNotFoundError(2, 'No such file') [Errno 2] No such file (2, 'No such file') 2 No such file None None
                FileNotFoundError FileNotFoundError(2, 'No such file') [Errno 2] No such file: 'a.txt' (2, 'No such file') 2 No such file a.txt None
                FileNotFoundError FileNotFoundError(2, 'No such file', None) [Errno 2] No such file (2, 'No such file', None) 2 No such file None None
                FileNotFoundError FileNotFoundError(2, 'No such file') [Errno 2] No such file: 'a' -> 'b' (2, 'No such file') 2 No such file a b
                FileNotFoundError FileNotFoundError(2, 'No such file') [Errno 2] No such file: 'a' (2, 'No such file') 2 No such file a None
                OSError OSError(2, 'No such file', 'a', 5, 'b', 6) (2, 'No such file', 'a', 5, 'b', 6) (2, 'No such file', 'a', 5, 'b', 6) None None None None
                OSError OSError('2', 'x') [Errno 2] x ('2', 'x') 2 x None None
                OSError OSError(2.5, 'x') [Errno 2.5] x (2.5, 'x') 2.5 x None None
                PermissionError PermissionError(True, 'x') [Errno True] x (True, 'x') True x None None
                PermissionError PermissionError(1, 'm') [Errno 1] m (1, 'm') 1 m None None
                FileNotFoundError FileNotFoundError(2, 'm') [Errno 2] m (2, 'm') 2 m None None
                ProcessLookupError ProcessLookupError(3, 'm') [Errno 3] m (3, 'm') 3 m None None
                InterruptedError InterruptedError(4, 'm') [Errno 4] m (4, 'm') 4 m None None
                ChildProcessError ChildProcessError(10, 'm') [Errno 10] m (10, 'm') 10 m None None
                BlockingIOError BlockingIOError(11, 'm') [Errno 11] m (11, 'm') 11 m None None
                PermissionError PermissionError(13, 'm') [Errno 13] m (13, 'm') 13 m None None
                FileExistsError FileExistsError(17, 'm') [Errno 17] m (17, 'm') 17 m None None
                NotADirectoryError NotADirectoryError(20, 'm') [Errno 20] m (20, 'm') 20 m None None
                IsADirectoryError IsADirectoryError(21, 'm') [Errno 21] m (21, 'm') 21 m None None
                BrokenPipeError BrokenPipeError(32, 'm') [Errno 32] m (32, 'm') 32 m None None
                ConnectionAbortedError ConnectionAbortedError(103, 'm') [Errno 103] m (103, 'm') 103 m None None
                ConnectionResetError ConnectionResetError(104, 'm') [Errno 104] m (104, 'm') 104 m None None
                BrokenPipeError BrokenPipeError(108, 'm') [Errno 108] m (108, 'm') 108 m None None
                TimeoutError TimeoutError(110, 'm') [Errno 110] m (110, 'm') 110 m None None
                ConnectionRefusedError ConnectionRefusedError(111, 'm') [Errno 111] m (111, 'm') 111 m None None
                BlockingIOError BlockingIOError(114, 'm') [Errno 114] m (114, 'm') 114 m None None
                BlockingIOError BlockingIOError(115, 'm') [Errno 115] m (115, 'm') 115 m None None
                OSError OSError(999, 'm') [Errno 999] m (999, 'm') 999 m None None
                FileNotFoundError FileNotFoundError(13, 'x') [Errno 13] x (13, 'x') 13 x None None
                PermissionError PermissionError('denied') denied ('denied',) None None None None
                TypeError: OSError() takes no keyword arguments
                MyErr MyErr(2, 'no') [Errno 2] no (2, 'no') 2 no None None
                E2 E2(5, 'io') [Errno 5] io (5, 'io') 5 io None None
                [Errno 7] changed (2, 'x')
                [Errno 7] changed: 'f'
                FileNotFoundError [Errno 2] No such file or directory: 'missing.txt' 2 missing.txt
                True True True
                """.stripTrailing() + "\n", LibraryHarness.run("""
                def t(f):
                    try:
                        r = f()
                        print(type(r).__name__, repr(r), str(r), r.args, r.errno, r.strerror, r.filename, r.filename2)
                    except Exception as e:
                        print(type(e).__name__ + ":", e)
                t(lambda: OSError())
                t(lambda: OSError('x'))
                t(lambda: OSError(2, 'No such file'))
                t(lambda: OSError(2, 'No such file', 'a.txt'))
                t(lambda: OSError(2, 'No such file', None))
                t(lambda: OSError(2, 'No such file', 'a', None, 'b'))
                t(lambda: OSError(2, 'No such file', 'a', 5))
                t(lambda: OSError(2, 'No such file', 'a', 5, 'b', 6))
                t(lambda: OSError('2', 'x'))
                t(lambda: OSError(2.5, 'x'))
                t(lambda: OSError(True, 'x'))
                for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 999]:
                    t(lambda: OSError(n, 'm'))
                t(lambda: FileNotFoundError(13, 'x'))
                t(lambda: PermissionError('denied'))
                t(lambda: OSError(2, 'No such file', 'a.txt', x=1))
                class MyErr(OSError):
                    pass
                t(lambda: MyErr(2, 'no'))
                class E2(OSError):
                    def __init__(self, msg):
                        super().__init__(5, msg)
                t(lambda: E2('io'))
                e = OSError(2, 'x')
                e.errno = 7
                e.strerror = 'changed'
                print(e, e.args)
                e.filename = 'f'
                print(e)
                try:
                    raise FileNotFoundError(2, 'No such file or directory', 'missing.txt')
                except OSError as ex:
                    print(type(ex).__name__, ex, ex.errno, ex.filename)
                print(IOError is OSError, EnvironmentError is OSError, isinstance(OSError(2, 'x'), FileNotFoundError))
                """).stripTrailing() + "\n");
    }
}
