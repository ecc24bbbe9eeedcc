import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    if n == 1:
        raise ValueError('one')
    if n == 2:
        raise KeyError('two')
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1))
            tg.create_task(job(2))
            tg.create_task(job(3))
    except* ValueError as eg:
        print('values', repr(eg))
    except* KeyError as eg:
        print('keys', repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1))
            await asyncio.sleep(0)
            raise KeyError('body')
    except* KeyError as eg:
        print('body', repr(eg))
    except* ValueError as eg:
        print('task', repr(eg))

asyncio.run(main())
