# After shutdown the manager's address is gone: a thread or a child that has no connection yet
# cannot make one.
import multiprocessing as mp
import threading

def use(l):
    try:
        l.append(1)
    except Exception as e:
        print(type(e).__name__, e)

if __name__ == '__main__':
    m = mp.Manager()
    l = m.list()
    m.shutdown()
    t = threading.Thread(target=use, args=(l,))
    t.start(); t.join()
    p = mp.Process(target=use, args=(l,))
    p.start(); p.join()
