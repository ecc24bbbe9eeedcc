# What proxies look like: reprs name the proxy type and typeid, str() is the referent's
# repr, and the manager process is named after the manager class and its process count.
import multiprocessing as mp


def nothing():
    pass


def short(r):
    return r.split(' at ')[0] + '>'


if __name__ == '__main__':
    p = mp.Process(target=nothing)
    p.start()
    p.join()
    m = mp.Manager()
    print(m._process.name, m._process.daemon, m._process.is_alive())
    for proxy in (m.list([1, 'a']), m.dict({'k': (1, 2)}), m.Value('d', 1.5), m.Queue(), m.Lock(),
                  m.RLock(), m.Event(), m.Semaphore(), m.Condition(), m.Barrier(2), m.Namespace(a=1),
                  m.JoinableQueue(), m.Array('i', [1, 2])):
        print(short(repr(proxy)), str(proxy)[:40].split(' at ')[0])
    m.shutdown()
    print(m._process.is_alive(), m._process.exitcode)
