import asyncio

async def child():
    await asyncio.sleep(0.1)

async def main():
    me = asyncio.current_task()
    print(me.get_name())
    ts = [asyncio.create_task(child(), name=f'c{i}') for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    await asyncio.gather(*ts)
    print(len(asyncio.all_tasks()))
    print(asyncio.current_task() is me)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
