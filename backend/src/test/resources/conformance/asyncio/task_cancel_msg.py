import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel('stop!')
    try:
        await t
    except asyncio.CancelledError as e:
        print(repr(e), e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result:', repr(e))
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
