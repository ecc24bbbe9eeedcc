import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    print('job', n)
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(n)) for n in (3, 1, 2)]
        t = tg.create_task(job(0), name='zero')
    print([x.result() for x in tasks], t.get_name())

asyncio.run(main())
