import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Process

REQUESTS = 8


def parse(n):
    x = 0
    for i in range(70_000):      # about 5 ms of CPU for each answer
        x += i
    return n


def fetch(n):
    time.sleep(0.1)              # 100 ms waiting for the network
    return parse(n)


def one_by_one():
    for n in range(REQUESTS):
        fetch(n)


def with_threads():
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(fetch, range(REQUESTS)))


def worker(k):
    for n in range(k, REQUESTS, 4):
        fetch(n)


def with_processes():
    workers = [Process(target=worker, args=(k,)) for k in range(4)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()


async def fetch_async(n):
    await asyncio.sleep(0.1)
    return parse(n)


async def gather_all():
    await asyncio.gather(*(fetch_async(n) for n in range(REQUESTS)))


def with_asyncio():
    asyncio.run(gather_all())


if __name__ == "__main__":
    for way in (one_by_one, with_threads, with_processes, with_asyncio):
        start = time.perf_counter()
        way()
        print(f"{way.__name__:15} {time.perf_counter() - start:.2f} s")
