import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    t1 = asyncio.create_task(work(1))
    t2 = asyncio.create_task(work(2), name='second')
    print(t1.get_name(), t2.get_name())
    t1.set_name('first')
    print(t1.get_name())
    print(asyncio.current_task().get_name())
    print(await t1, await t2)
    print(t1.done(), t1.cancelled(), t1.result(), t1.exception())

asyncio.run(main())
