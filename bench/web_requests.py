# The seeds' comparison of one job done several ways: 20 web requests, each 100 ms of waiting
# (time.sleep(0.1), the network) and 5 ms of CPU (parsing the answer). MODE picks the way:
# "serial", "threads" (10 threads) or "processes" (4 processes, the requests split among them).
# Prints the virtual time the job took; bench/processes.sh adds the engine's wall time.
import multiprocessing as mp
import threading
import time

MODE = "processes"
REQUESTS = 20
CPU_LOOPS = 70000   # about 5 ms of CPU in the engine (10 ns per bytecode)


def request(i):
    time.sleep(0.1)
    n = 0
    for k in range(CPU_LOOPS):
        n += k
    return n


def worker(ids):
    for i in ids:
        request(i)


def split(n):
    return [list(range(REQUESTS))[k::n] for k in range(n)]


if __name__ == "__main__":
    start = time.perf_counter()
    if MODE == "serial":
        worker(range(REQUESTS))
    elif MODE == "threads":
        ts = [threading.Thread(target=worker, args=(ids,)) for ids in split(10)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    else:
        ps = [mp.Process(target=worker, args=(ids,)) for ids in split(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
    print("%s: %.3f s" % (MODE, time.perf_counter() - start))
