package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Classes derived from list, dict, set, int, float, str and tuple: their type, instance dict,
 * __init__/__new__ through super(), overridden special methods and the base's defaults.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class BuiltinSubclassTest {

    /** list subclasses: extra methods and attributes, overridden __repr__, __getitem__ with tuple keys, __setitem__, __len__, __contains__, __iter__, operators, +=. */
    @Test
    void listSubclasses() {
        assertEquals("""
                [1, 2, 3] <class '__main__.Stack'> Stack 3 3 True
                main {'label': 'main'} [1, 2, 3, 4] list [1, 2, 3, 1, 2, 3] [2, 3] list
                True [1, 2, 3] [1, 2, 3] False [1, 2, 3] [1, 2, 3] (<class '__main__.Stack'>, <class 'list'>, <class 'object'>)
                Pretty[1, 2] [Pretty[1, 2]] Pretty[1, 2] Pretty[1, 2] Pretty[1, 2] Pretty[1, 2]
                30 2 200 True False ['rows'] ['rows'] 2 [[1, 2], [30, 4]] 1
                Stack2(1, 2, 3) 4 4 Stack2(1, 2, 3) [3, 2, 1] [3, 2, 1] [3, 2, 1] [1, 2, 3] list
                Stack2(0, 1, 2, 0, 1, 2) True 2 2 2 6 Stack2
                [11, 22, 33] [2, 4, 6] [3, 6, 9] Vec True True False True
                unhashable type: 'Vec'
                [1, 5] Vec
                """.stripTrailing() + "\n", LibraryHarness.run("""
                class Stack(list):
                    def push(self, x):
                        self.append(x)
                    def peek(self):
                        return self[-1]
                s = Stack([1, 2])
                s.push(3)
                print(s, type(s), type(s).__name__, len(s), s.peek(), isinstance(s, list))
                s.label = 'main'
                print(s.label, s.__dict__, s + [4], type(s + [4]).__name__, s * 2, s[1:], type(s[1:]).__name__)
                print(s == [1, 2, 3], repr(s), str(s), bool(Stack()), list(s), sorted(Stack([3, 1, 2])), Stack.__mro__)

                class Pretty(list):
                    def __repr__(self):
                        return 'Pretty' + super().__repr__()
                p = Pretty([1, 2])
                print(p, [p], str(p), f"{p}", '%s' % (p,), '{}'.format(p))

                class Grid(list):
                    def __getitem__(self, key):
                        if isinstance(key, tuple):
                            r, c = key
                            return super().__getitem__(r)[c]
                        return super().__getitem__(key)
                    def __setitem__(self, key, value):
                        if isinstance(key, tuple):
                            r, c = key
                            super().__getitem__(r)[c] = value
                        else:
                            super().__setitem__(key, value)
                    def __len__(self):
                        return super().__len__() * 100
                    def __contains__(self, x):
                        return any(x in row for row in list.__iter__(self))
                    def __iter__(self):
                        return iter(['rows'])
                g = Grid([[1, 2], [3, 4]])
                g[1, 0] = 30
                print(g[1, 0], g[0, 1], len(g), 30 in g, 7 in g, list(g), [x for x in g], list.__len__(g), g, sum(1 for _ in g))

                class Stack2(list):
                    def __init__(self, *items):
                        super().__init__(items)
                    def __repr__(self):
                        return f"Stack2({', '.join(map(repr, self))})"
                s = Stack2(1, 2, 3)
                s.append(4)
                print(s, len(s), s.pop(), s, list(reversed(s)), sorted(s, reverse=True), s[::-1], s.copy(), type(s.copy()).__name__)
                s2 = Stack2()
                s2.extend(range(3))
                s2 *= 2
                print(s2, s2 == [0, 1, 2, 0, 1, 2], s2.index(2), s2.count(0), max(s2), sum(s2), type(s2).__name__)

                class Vec(list):
                    def __add__(self, other):
                        return Vec(a + b for a, b in zip(self, other))
                    def __mul__(self, k):
                        return Vec(a * k for a in self)
                    __rmul__ = __mul__
                    def __eq__(self, other):
                        return list.__eq__(self, other)
                    def __bool__(self):
                        return any(self)
                v = Vec([1, 2, 3])
                print(v + Vec([10, 20, 30]), v * 2, 3 * v, type(v * 2).__name__, v == [1, 2, 3], v != [1, 2], bool(Vec([0, 0])), bool(v))
                try:
                    hash(v)
                except TypeError as e:
                    print(e)
                w = Vec([1])
                w += [5]
                print(w, type(w).__name__)
                """).stripTrailing() + "\n");
    }

    /** dict subclasses: __missing__, __init__ through super(), overridden item methods and how dict(), update and ** use them. */
    @Test
    void dictSubclasses() {
        assertEquals("""
                {'a': 3, 'b': 2, 'c': 1} Counter 0 False None 3 {'a': 3, 'b': 2, 'c': 1} {'a': 3, 'b': 2, 'c': 1} dict
                KeyError 'k'
                0 0
                {'a': [1, 2], 'b': [3], 'c': 9} 2 True None 9 ['a', 'b', 'c'] [('a', [1, 2]), ('b', [3]), ('c', 9)]
                {'a': 1, 'b': 2} cfg 1 ['a', 'b'] {'name': 'cfg'} True True
                set b 2
                get b
                20 {'a': 1, 'b': 20} True False 42 ['x', 'y'] 2 True
                get a
                get b
                get c
                {'a': 1, 'b': 20, 'c': 3} ['x', 'y'] ['x', 'y'] {'a': 1, 'b': 20, 'c': 3}
                get a
                get b
                get c
                {'a': 1, 'b': 20, 'c': 3}
                {'a': 1, 'b': 20}
                unhashable type: 'Counter'
                """.stripTrailing() + "\n", LibraryHarness.run("""
                class Counter(dict):
                    def __missing__(self, key):
                        return 0
                c = Counter()
                for w in "a b a c a b".split():
                    c[w] += 1
                print(c, type(c).__name__, c['zz'], 'zz' in c, c.get('zz'), len(c), dict(c), c.copy(), type(c.copy()).__name__)
                try:
                    dict.__getitem__({}, 'k')
                except KeyError as e:
                    print('KeyError', e)
                print(dict.__getitem__(c, 'nope'), c.__getitem__('q'))

                class Multi(dict):
                    def __missing__(self, key):
                        self[key] = v = []
                        return v
                m = Multi()
                m['a'].append(1); m['a'].append(2); m['b'].append(3)
                print(m, len(m), 'a' in m, m.get('zz'), m.setdefault('c', 9), sorted(m), list(m.items()))

                class Named(dict):
                    def __init__(self, name, **kw):
                        super().__init__(**kw)
                        self.name = name
                n = Named('cfg', a=1, b=2)
                print(n, n.name, n['a'], list(n.keys()), vars(n), isinstance(n, dict), n == {'a': 1, 'b': 2})

                class Logged(dict):
                    def __setitem__(self, k, v):
                        print('set', k, v)
                        super().__setitem__(k, v * 10)
                    def __getitem__(self, k):
                        print('get', k)
                        return super().__getitem__(k)
                    def __contains__(self, k):
                        return k == 'magic'
                    def __len__(self):
                        return 42
                    def __iter__(self):
                        return iter(['x', 'y'])
                lg = Logged(a=1)
                lg['b'] = 2
                print(lg['b'], lg, 'magic' in lg, 'a' in lg, len(lg), list(lg), dict.__len__(lg), bool(lg))
                lg.update(c=3)
                print(lg, sorted(lg), [k for k in lg], dict(lg))
                merged = {**lg}
                print(merged)
                del lg['c']
                print(dict.__repr__(lg))
                try:
                    hash(Counter())
                except TypeError as e:
                    print(e)
                """).stripTrailing() + "\n");
    }

    /** int, float, str and tuple subclasses: __new__ through super(), results of the base operations are plain, overrides come first. */
    @Test
    void immutableSubclasses() {
        assertEquals("""
                100.0 Celsius 212.0 101.0 <class 'float'> 100.0 100.0 100.0 True True True
                C {'unit': 'C'} 100.0 <class 'float'> 100 100 -100.0 2.5 [100.0] {100.0: 1}
                bob Name BOB! bobx <class 'str'> 'bob' 3 b <class 'str'> True 1 True bob 'bob' bob <class 'str'>
                BOB <class 'str'> bob-bob bobbob ['b', 'b']  '' ['a', 'b']
                Money(5) Money(5) Money(5) 6 <class 'int'> 10 [Money(5)] Money(5) 5 5 True 5 5 <class 'int'> Money(12) Money(255) True range(0, 5) False -5
                (1, 2) Pair 1 2 (1, 2, 3) <class 'tuple'> True True (1,) <class 'tuple'> [1, 2] () (4, 5)
                Pt(3, 4) 3 4 [Pt(3, 4)] Pt(3, 4) (<class '__main__.Pt'>, <class 'tuple'>, <class 'object'>)
                21.5F 21.5 21.5F F 21.5F 21.50 [21.5]
                HI Up 2 hi
                1002 2 True True True MyInt 1
                7 8 <class 'int'> 0 1 <class '__main__.I2'>
                Ro(1, 2) (1, 2, 3) 1 True True x 2 [Ro(1,), Ro(2,)] (1, 2) tuple (1, 2) tuple
                ABC 99 True True abc ABC!   ABC True ABC ABCd str str ABC str str
                Pos(7) Pos(7) 7 3 8 (3, 1) 2 -5 5 5 -6 10 2.0 9
                ValueError negative
                [Pos(1), Pos(2), Pos(3)] Pos(9) True True 2 c range(0, 3) 0xff 5 005 False Pos(7) Pos(7) int int
                False 5.0 1000.0 2.57 3 True (1, 2) 1.5 float
                3.0 meters 3.0m [3.0m] 3.0m 3.00 3.0 meters 3.0m 3.0 3.0 meters 3.0 meters 3.0 meters
                neg:-4:-4 False True 11 -3 3
                """.stripTrailing() + "\n", LibraryHarness.run("""
                class Celsius(float):
                    def to_f(self):
                        return self * 9 / 5 + 32
                c = Celsius(100)
                print(c, type(c).__name__, c.to_f(), c + 1, type(c + 1), repr(c), str(c), f"{c:.1f}", c == 100.0, hash(c) == hash(100.0), isinstance(c, float))
                c.unit = 'C'
                print(c.unit, c.__dict__, float(c), type(float(c)), int(c), round(c), -c, abs(Celsius(-2.5)), [c], {c: 1})

                class Name(str):
                    def shout(self):
                        return self.upper() + '!'
                n = Name('bob')
                print(n, type(n).__name__, n.shout(), n + 'x', type(n + 'x'), repr(n), len(n), n[0], type(n[0]), n == 'bob', {n: 1}['bob'], 'bob' in {n}, f"{n}", f"{n!r}", str(n), type(str(n)))
                print(n.upper(), type(n.upper()), '-'.join([n, n]), n * 2, n.split('o'), Name(), repr(Name()), sorted([Name('b'), 'a']))

                class Money(int):
                    def __repr__(self):
                        return f"Money({int(self)})"
                m = Money(5)
                print(m, repr(m), str(m), m + 1, type(m + 1), m * 2, [m], f"{m}", f"{m:d}", '%d' % m, m == 5, hash(m), int(m), type(int(m)), Money('12'), Money('ff', 16), isinstance(m, int), range(m), bool(Money(0)), -m)

                class Pair(tuple):
                    def first(self):
                        return self[0]
                p = Pair((1, 2))
                print(p, type(p).__name__, p.first(), len(p), p + (3,), type(p + (3,)), p == (1, 2), hash(p) == hash((1, 2)), p[0:1], type(p[0:1]), list(p), Pair(), Pair([4, 5]))

                class Pt(tuple):
                    def __new__(cls, x, y):
                        return super().__new__(cls, (x, y))
                    @property
                    def x(self):
                        return self[0]
                    def __repr__(self):
                        return f"Pt({self[0]}, {self[1]})"
                q = Pt(3, 4)
                print(q, q.x, q[1], [q], str(q), type(q).__mro__)

                class Temp(float):
                    def __new__(cls, v, unit='C'):
                        obj = super().__new__(cls, v)
                        obj.unit = unit
                        return obj
                    def __str__(self):
                        return f"{float(self)}{self.unit}"
                t = Temp(21.5, 'F')
                print(t, repr(t), str(t), t.unit, f"{t}", format(t, '.2f'), [t])

                class Up(str):
                    def __new__(cls, s):
                        return super().__new__(cls, s.upper())
                u = Up('hi')
                print(u, type(u).__name__, len(u), u.lower())

                class MyInt(int):
                    def __add__(self, o):
                        return MyInt(int(self) + int(o) + 1000)
                    def __eq__(self, o):
                        return True
                    __hash__ = int.__hash__
                a = MyInt(1)
                print(a + 1, 1 + a, a == 2, a != 2, a < 2, type(a + 1).__name__, hash(a))
                class I2(int): pass
                print(I2(7), I2(7) + I2(1), type(I2(7) + I2(1)), I2(), I2(True), type(I2(True)))
                class Ro(tuple):
                    __slots__ = ()
                    def __repr__(self):
                        return 'Ro' + tuple.__repr__(self)
                r = Ro([1, 2])
                print(r, r + (3,), r[0], r == (1, 2), hash(r) == hash((1, 2)), {r: 'x'}[(1, 2)], len(r), sorted([Ro([2]), Ro([1])]), r[:], type(r[:]).__name__, tuple(r), type(tuple(r)).__name__)

                class Upper(str):
                    def __new__(cls, v):
                        return super().__new__(cls, v.upper())
                    def __len__(self):
                        return 99
                    def __eq__(self, o):
                        return str.__eq__(self.lower(), o.lower())
                    __hash__ = str.__hash__
                u = Upper('abc')
                print(u, len(u), u == 'ABC', u == 'abc', u.lower(), '%s!' % u, f"{u:>5}", u in {'ABC': 1}, str(u), u + 'd', type(u + '').__name__, type(u.strip()).__name__, u[:], type(u[:]).__name__, type(str(u)).__name__)

                class Pos(int):
                    def __new__(cls, v):
                        if v < 0:
                            raise ValueError('negative')
                        return super().__new__(cls, v)
                    def __add__(self, o):
                        return Pos(int(self) + int(o))
                    def __repr__(self):
                        return f'Pos({int(self)})'
                print(Pos(3) + 4, Pos(3) + Pos(4), 4 + Pos(3), sum([Pos(1), Pos(2)]), Pos(2) ** 3, divmod(Pos(7), 2), Pos(5) // 2, -Pos(5), abs(Pos(5)), +Pos(5), ~Pos(5), Pos(5) << 1, float(Pos(2)), int(Pos(9)))
                try:
                    Pos(-1)
                except ValueError as e:
                    print('ValueError', e)
                print(sorted([Pos(3), Pos(1), Pos(2)]), max(Pos(3), Pos(9)), Pos(3) < Pos(4), Pos(3) == 3, [1, 2, 3][Pos(1)], 'abc'[Pos(2)], range(Pos(3)), hex(Pos(255)), round(Pos(5)), f"{Pos(5):03d}", bool(Pos(0)), str(Pos(7)), format(Pos(7)), type(+Pos(5)).__name__, type(round(Pos(5))).__name__)

                class Flag(float):
                    def __bool__(self):
                        return False
                print(bool(Flag(1.0)), Flag(2.5) * 2, Flag('1e3'), round(Flag(2.567), 2), int(Flag(3.9)), Flag(2.0).is_integer(), Flag(0.5).as_integer_ratio(), Flag(1.5).real, type(Flag(1.5).real).__name__)

                class Meters(float):
                    def __repr__(self):
                        return f'{float(self)}m'
                    def __str__(self):
                        return f'{float(self):.1f} meters'
                x = Meters(3)
                print(x, repr(x), [x], f"{x!r}", f"{x:.2f}", '%s %r %.1f' % (x, x, x), str(x), format(x), '{}'.format(x))

                class Neg(int):
                    def __neg__(self):
                        return 'neg:' + str(-int(self)) + ':' + str(super().__neg__())
                    def __bool__(self):
                        return super().__bool__()
                    def __hash__(self):
                        return super().__hash__() + 1
                print(-Neg(4), bool(Neg(0)), bool(Neg(2)), hash(Neg(10)), int.__neg__(Neg(3)), int.__hash__(Neg(3)))
                """).stripTrailing() + "\n");
    }

    /** format(), str.format and % on instances of str, int and float subclasses: __format__, __str__ and __repr__ overrides. */
    @Test
    void formattingOfSubclasses() {
        assertEquals("""
                fmt: fmt:>3 custom fmt: fmt:x custom 'bob' custom 'bob'
                custom2   x custom2   'x' custom2|custom2 custom2 [  x  ]
                $5 5 $5 $5 5 5 T1.5 1.50 T1.5 T1.5 1.5
                """.stripTrailing() + "\n", LibraryHarness.run("""
                class Name(str):
                    def __str__(self):
                        return 'custom'
                    def __format__(self, spec):
                        return 'fmt:' + spec
                n = Name('bob')
                print(format(n), format(n, '>3'), str(n), '{}'.format(n), '{:x}'.format(n), '%s' % n, '%r' % n, str.__format__(n, ''), repr(n))
                class N2(str):
                    def __str__(self):
                        return 'custom2'
                m = N2('x')
                print(format(m), format(m, '>3'), '{}'.format(m), '{!r:>5}'.format(m), '%s|%5s' % (m, m), str.__format__(m, ''), '[' + str.__format__(m, '^5') + ']')
                class Money(int):
                    def __str__(self):
                        return '$' + int.__repr__(self)
                class Temp(float):
                    def __repr__(self):
                        return 'T' + float.__repr__(self)
                print(format(Money(5)), format(Money(5), 'd'), '{}'.format(Money(5)), '%s %d %r' % (Money(5), Money(5), Money(5)), format(Temp(1.5)), format(Temp(1.5), '.2f'), '%s %r %.1f' % (Temp(1.5), Temp(1.5), Temp(1.5)))
                """).stripTrailing() + "\n");
    }
}
