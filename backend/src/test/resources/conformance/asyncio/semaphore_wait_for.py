import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.05)
    except TimeoutError:
        print('acquire timed out', sem.locked())
    sem.release()
    print(await asyncio.wait_for(sem.acquire(), timeout=0.05), sem.locked())

asyncio.run(main())
