# The seeds' web-request comparison (bench/futures.sh): 20 requests, each waiting 100 ms for the
# network (time.sleep) and then spending 5 ms of CPU on the answer, done serially or with 10
# threads through a ThreadPoolExecutor. Prints the variant, the checksum and the elapsed time.
import time
from concurrent.futures import ThreadPoolExecutor

VARIANT = "pool"
REQUESTS = 20
THREADS = 10


def request(n):
    time.sleep(0.1)
    start = time.thread_time()
    total = 0
    while time.thread_time() - start < 0.005:
        for i in range(100):
            total += i * n
    return n


start = time.perf_counter()
if VARIANT == "pool":
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(request, range(REQUESTS)))
else:
    results = [request(n) for n in range(REQUESTS)]
elapsed = time.perf_counter() - start
print(f"{VARIANT}: {sum(results)} in {elapsed:.3f} s")
