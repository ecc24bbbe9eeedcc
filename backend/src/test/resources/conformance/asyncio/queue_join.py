import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, 'did', item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for d in (0.3, 0.1, 0.2, 0.1):
        q.put_nowait(d)
    ws = [asyncio.create_task(worker(f'w{i}', q)) for i in range(2)]
    await q.join()
    print('all done')
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print(res)

asyncio.run(main())
