import asyncio
import threading
import time


def blocking(name, seconds):
    time.sleep(seconds)
    return f"{name} done on {threading.current_thread().name}"


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.05)


async def main():
    results = await asyncio.gather(
        asyncio.to_thread(blocking, "a", 0.12),
        asyncio.to_thread(blocking, "b", 0.06),
        ticker(),
    )
    print(results[:2])
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, "c", 0.01)
    print(r)


asyncio.run(main())
print("threads left:", threading.active_count())
