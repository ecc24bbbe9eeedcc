import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ValueError('two')
    return n

async def main():
    tasks = [asyncio.create_task(job(n), name=f'job{n}') for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))

asyncio.run(main())
