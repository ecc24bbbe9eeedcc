import asyncio

async def request(i):
    await asyncio.sleep(0.1)
    total = 0
    for k in range(500):
        total += k
    return i

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(*(request(i) for i in range(20)))
    print(results)
    print('elapsed under 0.2 s:', loop.time() - t0 < 0.2)

asyncio.run(main())
