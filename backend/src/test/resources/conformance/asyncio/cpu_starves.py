import asyncio

async def spinner(n):
    total = 0
    for i in range(n):
        total += i
    print('spinner done', total)

async def other():
    print('other runs')

async def main():
    await asyncio.gather(spinner(100000), other())

asyncio.run(main())
