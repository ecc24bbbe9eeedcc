import asyncio

async def fetch(name, delay):
    print('start', name)
    await asyncio.sleep(delay)
    print('end', name)
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(fetch('a', 0.3), fetch('b', 0.1), fetch('c', 0.2))
    print(results)
    print(round(loop.time() - t0, 1))

asyncio.run(main())
