import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cancelled inside')
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.1)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('main saw CancelledError')
    print(t.cancelled(), t.done())
    print(t.cancel())
    print(t)

asyncio.run(main())
