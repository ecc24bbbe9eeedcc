# One job done four ways (C02): 20 web requests of 100 ms waiting and 5 ms CPU each.
# This one: asyncio. One thread; every wait overlaps, the CPU parts run one after another.
import asyncio
import time

REQUESTS = 20


def cpu_work():
    x = 0
    for i in range(70_000):
        x += i
    return x


async def fetch(n):
    await asyncio.sleep(0.1)
    return cpu_work()


async def main():
    return await asyncio.gather(*(fetch(n) for n in range(REQUESTS)))


if __name__ == "__main__":
    start = time.perf_counter()
    results = asyncio.run(main())
    print(f"asyncio: {len(results)} requests in {time.perf_counter() - start:.2f} s")
