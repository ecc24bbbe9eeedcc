import asyncio
import time


async def ticker(name, delay):
    for i in range(3):
        print(f"{name} tick {i}")
        await asyncio.sleep(delay)   # gives the loop back: the others run meanwhile


async def sleepy():
    print("sleepy: time.sleep(0.2) blocks the whole loop")
    time.sleep(0.2)                  # never gives the loop back: nobody else can run
    print("sleepy: awake again")


async def main():
    start = time.perf_counter()
    await asyncio.gather(ticker("fast", 0.05), ticker("slow", 0.08), sleepy())
    print(f"all done after {time.perf_counter() - start:.2f} s")


asyncio.run(main())
