import asyncio

async def main():
    try:
        await 42
    except TypeError as e:
        print(e)
    await asyncio.sleep(0)
    await [1]

asyncio.run(main())
