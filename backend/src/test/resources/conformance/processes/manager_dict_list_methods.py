# The list and dict proxies forward every method: iteration over a dict goes through an
# iterator proxy, views come back as lists, in-place operators update the referent.
import multiprocessing as mp

if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict()
        d['b'] = 2
        d.update({'a': 1}, c=3)
        print(sorted(d), d.get('z', 0), d.setdefault('e', 5), d.pop('e'))
        print(d.keys(), d.values(), d.items())
        print(d.copy(), type(d.copy()).__name__)
        for k in d:
            print('key', k)
        print(d.popitem(), len(d))
        d.clear()
        print(d, len(d))
        l = m.list(range(5))
        l += [10, 11]
        l *= 2
        print(l, len(l))
        l.reverse()
        print(l[0], l[-1], l[1:3], l.count(10))
        l.sort()
        l.insert(0, -1)
        del l[1]
        l[1] = 99
        print(l)
        print(l + [1], l * 0, [x for x in l][:3])
        print(list(reversed(l))[:3])
        a = m.Array('i', [1, 2, 3])
        a[0] = 9
        print(len(a), a[0], a[1:])
