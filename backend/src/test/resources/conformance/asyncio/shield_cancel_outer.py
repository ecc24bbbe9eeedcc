import asyncio

async def work():
    await asyncio.sleep(0.1)
    print('work done')
    return 7

async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', inner.cancelled())
    print(await inner)

asyncio.run(main())
