# After shutdown the manager process has exited: a proxy's connection is broken and the
# manager creates nothing more.
import multiprocessing as mp

if __name__ == '__main__':
    m = mp.Manager()
    l = m.list([1])
    l.append(2)
    print(l, len(mp.active_children()))
    m.shutdown()
    print(m._process.exitcode, mp.active_children())
    try:
        l.append(3)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        m.list()
    except AssertionError as e:
        print('AssertionError', e)
    m.shutdown()
    print('shut down twice')
    try:
        with m:
            pass
    except Exception as e:
        print(type(e).__name__, e)
