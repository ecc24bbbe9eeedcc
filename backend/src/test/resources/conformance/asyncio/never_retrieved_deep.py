import asyncio

async def inner():
    await asyncio.sleep(0)
    raise KeyError('deep')

async def outer():
    await inner()

async def main():
    t = asyncio.create_task(outer(), name='lost')
    await asyncio.sleep(0.01)
    print(t.done())

asyncio.run(main())
