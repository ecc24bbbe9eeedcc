import asyncio

async def getter(q):
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print('getter: shut down')

async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    q.shutdown()
    await t
    try:
        q.put_nowait(1)
    except asyncio.QueueShutDown:
        print('put after shutdown')

asyncio.run(main())
