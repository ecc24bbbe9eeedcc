import asyncio

async def work():
    await asyncio.sleep(0.1)
    return 5

async def main():
    t = asyncio.create_task(work(), name='nap')
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result(3)
    print(f)

asyncio.run(main())
