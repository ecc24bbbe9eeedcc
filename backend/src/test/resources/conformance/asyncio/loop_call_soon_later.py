import asyncio

def cb(name, loop, t0):
    print(name, round(loop.time() - t0, 2))

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.2, cb, 'later-0.2', loop, t0)
    loop.call_soon(cb, 'soon-1', loop, t0)
    h = loop.call_later(0.1, cb, 'cancelled', loop, t0)
    loop.call_at(t0 + 0.05, cb, 'at-0.05', loop, t0)
    loop.call_soon(cb, 'soon-2', loop, t0)
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.3)
    print(loop.is_running(), loop.is_closed())

asyncio.run(main())
