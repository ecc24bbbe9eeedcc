# A manager's Value incremented by four processes under a manager Lock: each += is a get and
# a set, two round trips, so only the lock makes the count exact.
import multiprocessing as mp


def add(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


if __name__ == '__main__':
    with mp.Manager() as m:
        counter = m.Value('i', 0)
        lock = m.Lock()
        print(counter, counter.value, counter.get())
        procs = [mp.Process(target=add, args=(counter, lock, 25)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(counter.value)
        counter.set(7)
        print(str(counter), counter.value)
        print(lock.acquire(), lock.acquire(False), lock.acquire(True, 0.01))
        lock.release()
        print(lock.acquire(blocking=False))
        lock.release()
