# async with using hand-written __aenter__/__aexit__
class Suspend:
    def __await__(self):
        yield "suspended"
class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("  connecting", self.name)
        await Suspend()
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("  closing", self.name, "error:", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
    async def query(self, q):
        await Suspend()
        if q == "bad":
            raise KeyError(q)
        if q == "worse":
            raise ValueError(q)
        return f"result of {q}"
async def session(q):
    async with Connection("db") as conn:
        r = await conn.query(q)
        print("  got", r)
        return r
    return "suppressed"
def drive(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
for q in ["select", "bad", "worse"]:
    print("query", q)
    try:
        print(" ->", drive(session(q)))
    except ValueError as e:
        print(" -> ValueError", e)
