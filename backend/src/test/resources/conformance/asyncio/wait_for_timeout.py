import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except TimeoutError as e:
        print('timeout', repr(e), TimeoutError is asyncio.TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'fast'), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0, 'none'), timeout=None))

asyncio.run(main())
