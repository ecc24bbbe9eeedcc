def squares(n):
    for i in range(n):
        yield i * i

def read(lock, items):
    with lock:
        return [x for x in items if x]

async def fetch(client):
    async with client as c:
        return await c.get()
