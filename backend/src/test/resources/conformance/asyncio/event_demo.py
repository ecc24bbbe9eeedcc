import asyncio

def show(o):
    r = repr(o)
    print(r[:r.index(' at ')] + r[r.index(' ['):])

async def waiter(ev, name):
    print(name, 'waiting')
    await ev.wait()
    print(name, 'woke')

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in 'ab']
    await asyncio.sleep(0.1)
    print(ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
    show(ev)

asyncio.run(main())
