import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(job(n)) for n in (0.1, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print(len(done), len(pending), round(loop.time() - t0, 1))
    print(pending.pop().done())
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending))

asyncio.run(main())
