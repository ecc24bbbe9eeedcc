import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    for c in asyncio.as_completed([job(3), job(1), job(2)]):
        print(await c)
    tasks = [asyncio.create_task(job(n)) for n in (2, 1)]
    async for t in asyncio.as_completed(tasks):
        print(t is tasks[0] or t is tasks[1], t.result())

asyncio.run(main())
