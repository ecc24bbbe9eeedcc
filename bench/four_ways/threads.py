# One job done four ways (C02): 20 web requests of 100 ms waiting and 5 ms CPU each.
# This one: 10 threads. The waits overlap; the CPU parts take turns on the GIL.
import time
from concurrent.futures import ThreadPoolExecutor

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
    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(fetch, range(REQUESTS)))
    print(f"threads: {len(results)} requests in {time.perf_counter() - start:.2f} s")
