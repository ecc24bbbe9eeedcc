package dev.interleave.vm;

import static dev.interleave.vm.LibraryHarness.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * dict methods, views and the dict constructor, with CPython's errors.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class DictMethodsTest {

    @Test
    void methods() {
        assertEquals("""
                1 None 0 3 1 {'a': 1, 'b': 2, 'c': 3}
                3 dflt ('b', 2) {'a': 1}
                {'a': 1, 'x': 1, 'y': 2, 'z': 3, 'w': 4}
                5 6
                {}
                {} {'a': 1, 'b': 2} {'a': 1, 'b': 2} {'a': 2} {'a': 'b', 'c': 'd'} {'x': 1, 'y': 2}
                {'a': 0, 'b': 0} {'a': None, 'b': None} {1: [], 2: []}
                {'a': 1, 'b': 2} ['b', 'a']
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                d = {'a': 1, 'b': 2}
                print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d)
                print(d.pop('c'), d.pop('zz', 'dflt'), d.popitem(), d)
                d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=4); print(d)
                e = d.copy(); e['new'] = 0; print(len(d), len(e))
                d.clear(); print(d)
                print(dict(), dict(a=1, b=2), dict({'a': 1}, b=2), dict([('a', 1)], a=2), dict(['ab', 'cd']), dict(zip('xy', [1, 2])))
                print(dict.fromkeys('ab', 0), dict.fromkeys('ab'), {}.fromkeys([1, 2], []))
                print({'a': 1} | {'b': 2}, list(reversed({'a': 1, 'b': 2})))
                """).stripTrailing() + "\n");
    }

    @Test
    void views() {
        assertEquals("""
                dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)]) 2 2 True True True False
                dict_keys(['a', 'b', 'c']) [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
                True True ['a'] ['a', 'b', 'c', 'z'] ['b', 'c']
                ['z'] ['b', 'c', 'q'] True False {('a', 1)}
                True False False [('c', 3), ('b', 2), ('a', 1)] [3, 2, 1]
                dict_keys dict_keyiterator dict_reversekeyiterator dict_reverseitemiterator
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                d = {'a': 1, 'b': 2}
                k, v, it = d.keys(), d.values(), d.items()
                print(k, v, it, len(k), len(it), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it)
                d['c'] = 3
                print(k, list(v), list(it))
                print(d.keys() == {'a', 'b', 'c'}, d.keys() != {'a'}, sorted(d.keys() & {'a', 'x'}), sorted(d.keys() | ['z']), sorted(d.keys() - {'a'}))
                print(sorted({'a', 'z'} - d.keys()), sorted(d.keys() ^ {'a', 'q'}), d.keys() < {'a', 'b', 'c', 'd'}, d.keys() <= {'a'}, d.items() & {('a', 1)})
                print(d.keys().isdisjoint(['x']), d.keys().isdisjoint('a'), d.values() == d.values(), list(reversed(d.items())), list(reversed(d.values())))
                print(type(k).__name__, type(iter(k)).__name__, type(reversed(k)).__name__, type(reversed(d.items())).__name__)
                """).stripTrailing() + "\n");
    }

    @Test
    void iterationErrors() {
        assertEquals("""
                RuntimeError: dictionary changed size during iteration
                RuntimeError: dictionary changed size during iteration
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                d = {1: 1, 2: 2, 3: 3}
                try:
                    for key in d:
                        d[key + 10] = 0
                except RuntimeError as e:
                    print("RuntimeError:", e)
                d = {1: 1, 2: 2}
                it = reversed(d)
                next(it)
                d[3] = 3
                try:
                    next(it)
                except RuntimeError as e:
                    print("RuntimeError:", e)
                """).stripTrailing() + "\n");
    }

    @Test
    void errors() {
        assertEquals("""
                KeyError: 'popitem(): dictionary is empty'
                KeyError: 1
                TypeError: pop expected at least 1 argument, got 0
                TypeError: get expected at least 1 argument, got 0
                TypeError: get expected at most 2 arguments, got 3
                TypeError: 'int' object is not iterable
                TypeError: cannot convert dictionary update sequence element #0 to a sequence
                TypeError: update expected at most 1 argument, got 2
                TypeError: dict.keys() takes no arguments (1 given)
                ValueError: dictionary update sequence element #0 has length 3; 2 is required
                TypeError: cannot convert dictionary update sequence element #0 to a sequence
                ValueError: dictionary update sequence element #2 has length 3; 2 is required
                TypeError: dict expected at most 1 argument, got 2
                ValueError: dictionary update sequence element #0 has length 1; 2 is required
                TypeError: unsupported operand type(s) for |: 'dict' and 'list'
                TypeError: fromkeys expected at least 1 argument, got 0
                TypeError: unhashable type: 'list'
                NameError: name 'd' is not defined
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                t(lambda: {}.popitem())
                t(lambda: {}.pop(1))
                t(lambda: {}.pop())
                t(lambda: {}.get())
                t(lambda: {}.get(1, 2, 3))
                t(lambda: {}.update(1))
                t(lambda: {}.update([1]))
                t(lambda: {}.update({}, {}))
                t(lambda: {}.keys(1))
                t(lambda: dict([(1, 2, 3)]))
                t(lambda: dict([1]))
                t(lambda: dict([[1, 2], 'ab', 'abc']))
                t(lambda: dict(1, 2))
                t(lambda: dict('ab'))
                t(lambda: {'a': 1} | [('c', 3)])
                t(lambda: dict.fromkeys())
                t(lambda: {}.get([]))
                t(lambda: d.values() | {1})
                """).stripTrailing() + "\n");
    }
}
