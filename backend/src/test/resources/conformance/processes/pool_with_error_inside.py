import multiprocessing as mp
import time

def nap(x):
    time.sleep(5)
    return x

if __name__ == "__main__":
    try:
        with mp.Pool(2) as pool:
            r = pool.map_async(nap, [1, 2])
            raise RuntimeError("stop")
    except RuntimeError as e:
        print("caught", e)
    print(r.ready(), len(mp.active_children()))
    with mp.Pool(2) as pool:
        pool.map_async(nap, [1])
        x = 1 / 0
