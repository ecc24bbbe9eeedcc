import asyncio

async def work():
    raise RuntimeError('lost')

async def main():
    asyncio.create_task(work())
    await asyncio.sleep(0.1)
    print('main done')

asyncio.run(main())
print('after run')
