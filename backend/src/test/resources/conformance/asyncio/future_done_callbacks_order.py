import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for i in range(3):
        f.add_done_callback(lambda fut, i=i: print('cb', i, fut.result()))
    print(f.remove_done_callback(print))
    f.set_result('r')
    print('set')
    await asyncio.sleep(0)
    print(f.done(), f.cancelled())
    g = loop.create_future()
    print(g.cancel('why'), g.cancelled())
    try:
        g.result()
    except asyncio.CancelledError as e:
        print(repr(e))

asyncio.run(main())
