import asyncio

async def co():
    pass

def plain():
    pass

c = co()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain))
print(asyncio.iscoroutinefunction(co), asyncio.iscoroutinefunction(plain))
c.close()
