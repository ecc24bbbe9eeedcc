# The seeds' web-request comparison, the asyncio way: 20 requests, each waiting 100 ms for the
# network (asyncio.sleep(0.1)) and then using 5 ms of CPU to handle the answer. On one thread
# the waits overlap and the CPU parts run one after the other: about 0.1 + 20 x 0.005 = 0.2 s.
import asyncio
import time


async def request(i):
    await asyncio.sleep(0.1)
    start = time.perf_counter()
    while time.perf_counter() - start < 0.005:
        pass
    return i


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(*(request(i) for i in range(20)))
    assert results == list(range(20))
    print(f"20 requests: {loop.time() - t0:.3f} s of virtual time")


asyncio.run(main())
