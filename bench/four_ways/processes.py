# One job done four ways (C02): 20 web requests of 100 ms waiting and 5 ms CPU each.
# This one: 4 processes, each taking every 4th request. Each process has its own GIL, but
# starting one costs, and 4 workers wait through 5 rounds of requests.
import time
from multiprocessing import Process

REQUESTS = 20
WORKERS = 4


def cpu_work():
    x = 0
    for i in range(70_000):
        x += i
    return x


def fetch(n):
    time.sleep(0.1)
    return cpu_work()


def worker(k):
    for n in range(k, REQUESTS, WORKERS):
        fetch(n)


if __name__ == "__main__":
    start = time.perf_counter()
    workers = [Process(target=worker, args=(k,)) for k in range(WORKERS)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print(f"processes: {REQUESTS} requests in {time.perf_counter() - start:.2f} s")
