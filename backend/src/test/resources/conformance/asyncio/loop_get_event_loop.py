import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.get_event_loop() is loop)
    print(loop.is_running())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'from callback')
    print(await fut)

asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())

async def f():
    return 'ran'

print(loop.run_until_complete(f()))
loop.close()
print(loop.is_closed())
c = f()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
