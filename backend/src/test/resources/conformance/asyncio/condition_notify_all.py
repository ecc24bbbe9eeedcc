import asyncio

async def waiter(cond, name, log):
    async with cond:
        await cond.wait()
        log.append(name)

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(cond, f'w{i}', log)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(log)

asyncio.run(main())
