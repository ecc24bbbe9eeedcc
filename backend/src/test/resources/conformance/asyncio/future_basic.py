import asyncio

async def setter(fut):
    await asyncio.sleep(0.1)
    fut.set_result('ready')

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(setter(fut))
    print(await fut)
    try:
        fut.set_result('again')
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f2 = asyncio.Future()
    f2.set_exception(KeyError('k'))
    try:
        await f2
    except KeyError as e:
        print('KeyError', e)
    print(f2.exception())

asyncio.run(main())
