import asyncio

async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('job cancelled')
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job())
            await asyncio.sleep(0)
            raise KeyError('body')
    except ExceptionGroup as eg:
        print('got', repr(eg))

asyncio.run(main())
