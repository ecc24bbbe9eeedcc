import asyncio

async def name():
    return asyncio.current_task().get_name()

print(asyncio.run(name()))
print(asyncio.run(name()))
