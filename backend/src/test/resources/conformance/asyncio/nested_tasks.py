import asyncio

async def leaf(n):
    await asyncio.sleep(0.01 * n)
    return n

async def branch(n):
    kids = [asyncio.create_task(leaf(n * 10 + i)) for i in range(2)]
    return sum(await asyncio.gather(*kids))

async def main():
    print(await asyncio.gather(branch(1), branch(2)))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
