import asyncio

async def main():
    print('hello')
    await asyncio.sleep(0.1)
    print('world')
    return 42

print(asyncio.run(main()))
