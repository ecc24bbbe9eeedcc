import asyncio

def show(o):
    r = repr(o)
    print(r[:r.index(' at ')] + r[r.index(' ['):])

async def worker(lock, i):
    async with lock:
        print('in', i)
        await asyncio.sleep(0.01)
        print('out', i)

async def main():
    lock = asyncio.Lock()
    show(lock)
    await asyncio.gather(*(worker(lock, i) for i in range(4)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
