import asyncio

def show(o):
    r = repr(o)
    print(r[:r.index(' at ')] + r[r.index(' ['):])

async def hold(lock):
    async with lock:
        await asyncio.sleep(0.1)

async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(hold(lock)) for _ in range(3)]
    await asyncio.sleep(0.01)
    show(lock)
    await asyncio.gather(*ts)
    show(lock)

asyncio.run(main())
