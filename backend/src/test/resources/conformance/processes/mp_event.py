import multiprocessing as mp
import time

def waiter(ev, q):
    q.put(("waiting", ev.is_set()))
    ev.wait()
    q.put(("woke", ev.is_set()))

if __name__ == "__main__":
    ev = mp.Event()
    q = mp.Queue()
    p = mp.Process(target=waiter, args=(ev, q))
    p.start()
    print(q.get())
    time.sleep(0.1)
    ev.set()
    print(q.get())
    p.join()
    print(ev.wait(0.01), ev.is_set())
    ev.clear()
    print(ev.wait(0.01), ev.is_set())
