# A BaseManager subclass with a registered class (an AutoProxy exposing its public methods),
# proxies nested in a managed list, and manager processes counted with the other processes.
import multiprocessing as mp
from multiprocessing.managers import BaseManager, SyncManager, BaseProxy, RemoteError


class Counter:
    def __init__(self, start=0):
        self.n = start
    def inc(self, k=1):
        self.n += k
        return self.n
    def get(self):
        return self.n
    def _hidden(self):
        return 'hidden'


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)


def work(c):
    for _ in range(5):
        c.inc()


if __name__ == '__main__':
    with MyManager() as mm:
        print(mm._process.name)
        c = mm.Counter(10)
        print(type(c).__name__, c.inc(2), c.get())
        ps = [mp.Process(target=work, args=(c,)) for _ in range(2)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(c.get())
        try:
            c._hidden()
        except AttributeError as e:
            print('AttributeError', e)
        try:
            mm.start()
        except Exception as e:
            print(type(e).__name__, e)
    with mp.Manager() as m:
        inner = [m.dict({'i': i}) for i in range(2)]
        outer = m.list(inner)
        print(type(outer[0]).__name__, outer[1]['i'])
        outer[0]['x'] = 5
        print(inner[0], len(outer))
        m2 = SyncManager()
        m2.start()
        print(m2._process.name)
        m2.shutdown()
    print(m._state.value)
