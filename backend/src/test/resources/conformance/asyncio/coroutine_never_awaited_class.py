# The warning names the coroutine by its qualified name; a coroutine that is closed, or awaited
# later, is never warned about.
import asyncio


class Client:
    async def get(self, key):
        return key.upper()


async def main():
    c = Client()
    c.get("a")
    pending = c.get("b")
    print("kept:", type(pending).__name__)
    print(await pending)
    closed = c.get("c")
    closed.close()
    print("closed one")


asyncio.run(main())
