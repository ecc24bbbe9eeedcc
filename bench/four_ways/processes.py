# One job done four ways (C02): 20 web requests of 100 ms waiting and 5 ms CPU each.
# This one: 4 processes. Each has its own GIL, but starting them costs, and 4 workers wait
# for 5 rounds of requests.
import time
from multiprocessing import Pool

REQUESTS = 20


def cpu_work():
    x = 0
    for i in range(70_000):
        x += i
    return x


def fetch(n):
    time.sleep(0.1)
    return cpu_work()


if __name__ == "__main__":
    start = time.perf_counter()
    with Pool(4) as pool:
        results = pool.map(fetch, range(REQUESTS))
    print(f"processes: {len(results)} requests in {time.perf_counter() - start:.2f} s")
