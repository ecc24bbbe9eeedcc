import multiprocessing as mp

if __name__ == "__main__":
    lock = mp.Lock()
    print(lock)
    lock.acquire()
    print(lock)
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
    r = mp.RLock()
    print(r)
    with r:
        with r:
            print(r)
    try:
        r.release()
    except AssertionError as e:
        print("AssertionError:", e)
    print(lock.acquire(False), lock.acquire(False), lock.acquire(timeout=0.05))
    lock.release()
    with lock:
        print("in with", lock)
