import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.05) as cm:
        cm.reschedule(loop.time() + 0.2)
        await asyncio.sleep(0.1)
        print('survived', cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at fired')
    print(repr(asyncio.timeout(1)))

asyncio.run(main())
