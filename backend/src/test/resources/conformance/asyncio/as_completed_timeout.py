import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    try:
        for c in asyncio.as_completed([job(0.1), job(1)], timeout=0.5):
            print(await c)
    except TimeoutError:
        print('as_completed timed out')

asyncio.run(main())
