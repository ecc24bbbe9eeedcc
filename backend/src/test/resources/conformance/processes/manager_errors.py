# Errors raised in the manager's server come back as the same exception in the caller; a
# lambda cannot be pickled into a request.
import multiprocessing as mp

if __name__ == '__main__':
    with mp.Manager() as m:
        l = m.list([3, 1, 2])
        d = m.dict(a=1)
        try:
            l[10]
        except IndexError as e:
            print('IndexError', e)
        try:
            l.index(7)
        except ValueError as e:
            print('ValueError', e)
        try:
            l.remove(9)
        except ValueError as e:
            print('ValueError', e)
        try:
            d['x']
        except KeyError as e:
            print('KeyError', repr(e))
        try:
            d.pop('y')
        except KeyError as e:
            print('KeyError', repr(e))
        try:
            l.append(lambda: 1)
        except Exception as e:
            print(type(e).__module__, type(e).__name__, str(e).split(' at ')[0])
        print(l)
        try:
            l.sort(key=len)
        except TypeError as e:
            print('TypeError', e)
        try:
            l.no_such_method()
        except AttributeError as e:
            print('AttributeError', e)
        print(l, d)
