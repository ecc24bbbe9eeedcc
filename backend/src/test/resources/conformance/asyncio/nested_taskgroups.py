import asyncio

async def leaf(n):
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise RuntimeError('leaf 3')
    return n

async def branch(base):
    async with asyncio.TaskGroup() as tg:
        for i in range(base, base + 2):
            tg.create_task(leaf(i))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(branch(0))
            tg.create_task(branch(2))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(repr(eg.exceptions[0].exceptions))

asyncio.run(main())
