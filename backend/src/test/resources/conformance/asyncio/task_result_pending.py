import asyncio

async def work():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(work())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    t.cancel()
    try:
        t.exception()
    except asyncio.CancelledError:
        print('exception() raised CancelledError')
    await asyncio.sleep(0)
    try:
        t.exception()
    except asyncio.CancelledError:
        print('still CancelledError')

asyncio.run(main())
