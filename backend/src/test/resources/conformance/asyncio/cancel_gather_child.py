import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    a = asyncio.create_task(child(0.1))
    b = asyncio.create_task(child(1))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.2)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError', a.result(), b.cancelled())

asyncio.run(main())
