import asyncio

def cb(fut):
    pass

async def work():
    await asyncio.sleep(0.1)

async def main():
    t = asyncio.create_task(work(), name='w')
    t.add_done_callback(cb)
    print(t)
    print(asyncio.current_task())
    t.cancel()
    await asyncio.sleep(0)
    print(t)

asyncio.run(main())
