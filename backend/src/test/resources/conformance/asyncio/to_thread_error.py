import asyncio


def fails(x):
    raise ValueError(f"bad input {x}")


async def main():
    try:
        await asyncio.to_thread(fails, 1)
    except ValueError as e:
        print("caught:", e)
    await asyncio.to_thread(fails, 2)


asyncio.run(main())
