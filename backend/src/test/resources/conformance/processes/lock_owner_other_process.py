import multiprocessing as mp

def child(lock, q):
    q.put(repr(lock))
    q.put(lock.acquire(timeout=0.05))

if __name__ == "__main__":
    lock = mp.Lock()
    r = mp.RLock()
    q = mp.Queue()
    with lock:
        p = mp.Process(target=child, args=(lock, q))
        p.start()
        print(q.get())
        print(q.get())
        p.join()
    r.acquire()
    p = mp.Process(target=child, args=(r, q))
    p.start()
    print(q.get())
    print(q.get())
    p.join()
