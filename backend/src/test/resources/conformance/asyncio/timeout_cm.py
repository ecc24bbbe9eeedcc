import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.1) as cm:
            print(cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out', cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.1)
    print(cm2.expired())
    async with asyncio.timeout(None) as cm3:
        print(cm3.when())
        cm3.reschedule(loop.time() + 0.05)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('inner sees CancelledError')
            raise
    print('unreachable')

try:
    asyncio.run(main())
except TimeoutError:
    print('outer TimeoutError')
