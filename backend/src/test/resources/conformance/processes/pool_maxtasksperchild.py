import multiprocessing as mp
import os

def pid(_):
    return os.getpid()

if __name__ == "__main__":
    with mp.Pool(1, maxtasksperchild=1) as pool:
        pids = [pool.apply(pid, (i,)) for i in range(3)]
        print(len(set(pids)), os.getpid() not in pids)
    with mp.Pool(2, maxtasksperchild=2) as pool:
        pids = pool.map(pid, range(8), chunksize=1)
        print(len(pids), len(set(pids)) >= 4)
    for bad in (0, -1, 1.5, "2"):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print(bad, e)
