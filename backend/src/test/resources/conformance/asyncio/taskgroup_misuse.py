import asyncio

async def job():
    return 1

async def main():
    tg = asyncio.TaskGroup()
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    async with tg:
        pass
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()

asyncio.run(main())
