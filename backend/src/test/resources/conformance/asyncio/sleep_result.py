import asyncio

async def main():
    print(await asyncio.sleep(0.01, result='done'))
    print(await asyncio.sleep(-1, result='neg'))
    try:
        await asyncio.sleep(float('nan'))
    except ValueError as e:
        print(e)

asyncio.run(main())
