import multiprocessing as mp
import time

def nap(x):
    time.sleep(10)
    return x

if __name__ == "__main__":
    pool = mp.Pool(2)
    r = pool.map_async(nap, [1, 2, 3])
    time.sleep(0.2)
    pool.terminate()
    pool.join()
    print(r.ready())
    print([p.exitcode for p in pool._pool])
    print(mp.active_children())
