import asyncio

def report(fut):
    print('callback', fut.result())

async def work():
    await asyncio.sleep(0.1)
    return 'value'

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(report)
    t.add_done_callback(lambda f: print('lambda sees', f.done()))
    await t
    print('awaited')
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
