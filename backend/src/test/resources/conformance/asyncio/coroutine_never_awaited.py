# Calling a coroutine function without await only makes a coroutine object: nothing runs, and
# CPython warns when the object is dropped.
import asyncio


async def fetch(n):
    print("fetching", n)
    await asyncio.sleep(0.01)
    return n * 10


async def main():
    asyncio.sleep(0.1)          # forgot await: no pause at all
    print("after the sleep that did not happen")
    for i in range(3):
        fetch(i)                # forgot await: warned once for this line
    print("loop done")
    result = await fetch(7)
    print("awaited:", result)


asyncio.run(main())
print("done")
