import asyncio

def show(o):
    r = repr(o)
    print(r[:r.index(' at ')] + r[r.index(' ['):])

async def party(b, i):
    await asyncio.sleep(i / 10)
    print('arrive', i)
    idx = await b.wait()
    print('pass', i, idx)

async def main():
    b = asyncio.Barrier(3)
    show(b)
    await asyncio.gather(*(party(b, i) for i in range(3)))
    print(b.n_waiting, b.broken, b.parties)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e)

asyncio.run(main())
