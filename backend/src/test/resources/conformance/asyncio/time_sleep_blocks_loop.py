import asyncio
import time

async def ticker(loop, t0):
    for _ in range(3):
        print('tick', round(loop.time() - t0, 1))
        await asyncio.sleep(0.1)

async def blocker():
    await asyncio.sleep(0.05)
    time.sleep(0.5)
    print('blocker done')

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(ticker(loop, t0), blocker())

asyncio.run(main())
