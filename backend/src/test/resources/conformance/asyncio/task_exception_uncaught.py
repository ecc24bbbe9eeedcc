import asyncio

async def work(n):
    await asyncio.sleep(0.1)
    raise ValueError(f'bad {n}')

async def main():
    await work(2)

asyncio.run(main())
