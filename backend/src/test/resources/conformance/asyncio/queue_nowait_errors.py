import asyncio

async def main():
    q = asyncio.Queue(1)
    q.put_nowait('a')
    try:
        q.put_nowait('b')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    import queue
    print(asyncio.QueueEmpty is queue.Empty, issubclass(asyncio.QueueFull, Exception))
    print(q)

asyncio.run(main())
