import asyncio

async def never():
    print('never printed')

async def main():
    t = asyncio.create_task(never())
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())
    print(t)

asyncio.run(main())
