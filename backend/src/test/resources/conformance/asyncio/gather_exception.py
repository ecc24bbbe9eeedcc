import asyncio

async def ok(n):
    await asyncio.sleep(0.1 * n)
    print('ok done', n)
    return n

async def bad():
    await asyncio.sleep(0.05)
    raise ValueError('boom')

async def main():
    try:
        await asyncio.gather(ok(1), bad(), ok(2))
    except ValueError as e:
        print('caught', repr(e))
    await asyncio.sleep(0.3)
    print('after')

asyncio.run(main())
