import asyncio

async def job():
    return 1

async def main():
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError:', e)
    c.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when='sometime')
    except ValueError as e:
        print('ValueError:', e)
    await t

asyncio.run(main())
