# Awaiting chains of coroutines, exceptions and close()
class Pause:
    def __await__(self):
        yield
async def fetch(key, store):
    await Pause()
    if key not in store:
        raise KeyError(key)
    return store[key]
async def fetch_many(keys, store):
    out = {}
    for k in keys:
        try:
            out[k] = await fetch(k, store)
        except KeyError as e:
            out[k] = f"missing {e}"
    return out
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
store = {"a": 1, "b": 2}
print(run(fetch_many(["a", "x", "b"], store)))
async def long_task():
    try:
        while True:
            await Pause()
    finally:
        print("  long_task cleanup")
t = long_task()
t.send(None)
t.send(None)
t.close()
print("closed")
c = fetch("a", store)
c.send(None)
try:
    c.throw(TimeoutError("gave up"))
except TimeoutError as e:
    print("TimeoutError:", e)
async def plain():
    return 7
p = plain()
print(run(p))
try:
    p.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
