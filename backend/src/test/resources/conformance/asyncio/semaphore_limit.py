import asyncio

def show(o):
    r = repr(o)
    print(r[:r.index(' at ')] + r[r.index(' ['):])

async def job(sem, i, active):
    async with sem:
        active.append(i)
        print('start', i, 'active', len(active))
        await asyncio.sleep(0.1)
        active.remove(i)

async def main():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(job(sem, i, active) for i in range(5)))
    print(sem.locked())
    show(sem)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)

asyncio.run(main())
