import asyncio

async def job():
    return 1

async def main():
    c = job()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)

asyncio.run(main())
