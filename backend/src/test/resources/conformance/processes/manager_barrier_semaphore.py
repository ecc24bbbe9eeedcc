# A manager's Barrier lets three processes meet; a Semaphore and a BoundedSemaphore count
# across processes.
import multiprocessing as mp


def meet(barrier, sem, out, i):
    barrier.wait()
    with sem:
        out.append(i)


if __name__ == '__main__':
    with mp.Manager() as m:
        barrier = m.Barrier(3)
        sem = m.Semaphore(2)
        out = m.list()
        print(barrier.parties, barrier.n_waiting, barrier.broken)
        procs = [mp.Process(target=meet, args=(barrier, sem, out, i)) for i in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(out), [p.exitcode for p in procs])
        bs = m.BoundedSemaphore(1)
        print(bs.acquire(), bs.acquire(False))
        bs.release()
        try:
            bs.release()
        except ValueError as e:
            print('ValueError', e)
        rl = m.RLock()
        print(rl.acquire(), rl.acquire())
        rl.release()
        rl.release()
        try:
            rl.release()
        except RuntimeError as e:
            print('RuntimeError', e)
        barrier.abort()
        print(barrier.broken)
