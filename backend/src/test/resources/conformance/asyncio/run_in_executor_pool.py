import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


DELAYS = [0.03, 0.02, 0.025, 0.005]  # two workers: done at 20, 30, 35 and 45 ms


def work(n):
    time.sleep(DELAYS[n])
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="calc") as pool:
        futs = [loop.run_in_executor(pool, work, n) for n in range(4)]
        for f in asyncio.as_completed(futs):
            print("finished:", await f)
        print(await asyncio.gather(*futs))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, work, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
