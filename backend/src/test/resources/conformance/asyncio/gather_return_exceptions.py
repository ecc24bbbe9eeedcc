import asyncio

async def ok():
    return 'a'

async def bad():
    raise ValueError('x')

async def main():
    r = await asyncio.gather(ok(), bad(), return_exceptions=True)
    print(r)
    print(await asyncio.gather())

asyncio.run(main())
