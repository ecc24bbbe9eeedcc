import asyncio
import time


def slow():
    time.sleep(0.2)
    print("slow finished anyway (threads cannot be cancelled)")
    return 42


async def main():
    task = asyncio.create_task(asyncio.to_thread(slow))
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("the task was cancelled")
    try:
        print(await asyncio.wait_for(asyncio.to_thread(slow), timeout=0.1))
    except TimeoutError:
        print("timed out waiting for the thread")


asyncio.run(main())
print("after run")
