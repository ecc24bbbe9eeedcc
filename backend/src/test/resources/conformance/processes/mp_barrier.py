import multiprocessing as mp
import threading

def party(b, q):
    q.put(b.wait())

if __name__ == "__main__":
    b = mp.Barrier(3)
    q = mp.Queue()
    print(b.parties, b.n_waiting, b.broken)
    ps = [mp.Process(target=party, args=(b, q)) for _ in range(2)]
    for p in ps:
        p.start()
    me = b.wait()
    for p in ps:
        p.join()
    print(sorted([me, q.get(), q.get()]))
    b2 = mp.Barrier(2)
    try:
        b2.wait(timeout=0.05)
    except threading.BrokenBarrierError:
        print("BrokenBarrierError", b2.broken)
    try:
        mp.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
