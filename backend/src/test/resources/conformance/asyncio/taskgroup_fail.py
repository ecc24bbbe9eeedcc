import asyncio

cancelled = []

async def job(n):
    try:
        await asyncio.sleep(n / 10)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise
    if n % 2:
        raise ValueError(f'x{n}')
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 4, 1, 6):
                tg.create_task(job(n))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(str(eg))
        print(eg.exceptions)
        print(eg.message)
    print('cancelled', sorted(cancelled))

asyncio.run(main())
